package dk.samtalebordet.agreement;

import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ParticipantRole;

import java.time.LocalDate;
import java.util.Objects;

import static dk.samtalebordet.conversation.InputRules.requireMax;

/**
 * The rules of what people write in an agreement. A refusal names its field and says what is wrong; text that is
 * too long is refused, never cut.
 */
final class AgreementRules {

    private AgreementRules() {
    }

    /**
     * The rules of an agreement row. {@code previous} is the stored row when editing, so a follow-up date that was
     * valid when set does not block other corrections later the same day.
     */
    static void agreement(AgreementFields f, AgreementFields previous, LocalDate today) {
        if (f.what().isEmpty()) {
            throw new InvalidInput("conversation.field.what", "conversation.error.what-required");
        }
        if (f.responsible().isEmpty()) {
            throw new InvalidInput("conversation.field.responsible", "conversation.error.responsible-required");
        }
        requireMax(f.what(), AgreementModel.WHAT_MAX, "conversation.field.what");
        requireMax(f.who(), AgreementModel.FIELD_MAX, "conversation.field.who");
        requireMax(f.when(), AgreementModel.FIELD_MAX, "conversation.field.when");
        requireMax(f.responsible(), AgreementModel.FIELD_MAX, "conversation.field.responsible");
        requireMax(f.followUp(), AgreementModel.FIELD_MAX, "conversation.field.follow-up");
        requireMax(f.value(), AgreementModel.VALUE_MAX, "conversation.field.value");
        boolean dateChanged = previous == null || !Objects.equals(previous.followUpDate(), f.followUpDate());
        if (f.followUpDate() != null && dateChanged && f.followUpDate().isBefore(today)) {
            throw new InvalidInput("conversation.field.follow-up-date", "conversation.error.follow-up-past");
        }
        if (f.followUpDate() != null
                && f.followUpDate().isAfter(today.plusYears(AgreementModel.FOLLOW_UP_MAX_YEARS))) {
            throw new InvalidInput("conversation.field.follow-up-date", "conversation.error.follow-up-too-far",
                    AgreementModel.FOLLOW_UP_MAX_YEARS);
        }
    }

    /** An agreement for one person of a GRUS (a set {@code forPersonId}) must name an employee in the group. */
    static void forPerson(Conversation c, AgreementFields f) {
        boolean employeeInGroup = c.getKind() == ConversationKind.GRUS && c.getParticipants().stream()
                .anyMatch(p -> p.personId() == f.forPersonId() && p.role() == ParticipantRole.EMPLOYEE);
        if (!employeeInGroup) {
            throw new InvalidInput("conversation.field.for", "conversation.error.for-person");
        }
    }
}
