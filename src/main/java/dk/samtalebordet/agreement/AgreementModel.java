package dk.samtalebordet.agreement;

import dk.samtalebordet.conversation.ConversationEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The agreements (Aftaler) of a conversation's plan, and the events that change them. */
public final class AgreementModel {

    private AgreementModel() {
    }

    /** The longest texts that are stored; longer input is refused, never cut. */
    public static final int WHAT_MAX = 1000;
    public static final int FIELD_MAX = 200;
    public static final int VALUE_MAX = 1000;
    /** How far ahead an agreement's follow-up can be: the plan is followed up at the latest by later MUS. */
    public static final int FOLLOW_UP_MAX_YEARS = 3;

    /**
     * An agreement's fields, as the seed asks: what, who, when (a date or a period, as text), who is responsible,
     * when (a date on or after today) and how it is followed up, and the value it creates. In a GRUS
     * {@code forPersonId} names the one participant it is for; null means the group (or, in a MUS, the employee).
     */
    public record AgreementFields(String what, String who, String when, String responsible, LocalDate followUpDate,
                                  String followUp, String value, Long forPersonId) {
        public AgreementFields {
            what = strip(what);
            who = strip(who);
            when = strip(when);
            responsible = strip(responsible);
            followUp = strip(followUp);
            value = strip(value);
        }

        /** Text fields only: no follow-up date, no value, for the whole group. */
        public AgreementFields(String what, String who, String when, String responsible, String followUp) {
            this(what, who, when, responsible, null, followUp, "", null);
        }

        private static String strip(String s) {
            return s == null ? "" : s.strip();
        }
    }

    /** An agreement row; {@code carriedFrom} is the earlier plan's agreement it carries on, if any. */
    public record AgreementView(UUID id, Long perspectiveId, AgreementFields fields, long version, long createdBy,
                                Instant createdAt, long updatedBy, UUID carriedFrom) {
    }

    // ---- events: ids and versions, never content; announced after commit to the conversation's topic ----

    /** {@code by} added an agreement (at version 1) or changed it, and it is now at {@code version}. */
    public record AgreementChanged(UUID conversationId, UUID agreementId, long version, long by)
            implements ConversationEvent {

        public boolean added() {
            return version == 1;
        }
    }

    public record AgreementRemoved(UUID conversationId, UUID agreementId, long by) implements ConversationEvent {
    }

    /** An agreement of an earlier plan was marked gennemført, droppet or videreført in this conversation. */
    public record LookBackChanged(UUID conversationId) implements ConversationEvent {
    }
}
