package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;

import java.time.Instant;
import java.util.List;

/**
 * What a leader fills in to create a conversation.
 *
 * @param employees the employees (MUS: one, GRUS: two or more) or, for a LUS, the one leader it is held with
 * @param revealWhenAllChosen show the participants' chosen stikord only once everybody has chosen, so nobody is
 *                            steered by another's choice
 */
public record NewConversation(ConversationKind kind, long conceptId, Variant variant, Form form, Instant startsAt,
                              int durationMinutes, String place, String videoLink, List<Long> employees,
                              boolean revealWhenAllChosen) {

    /** A conversation takes about 1½ hours, as the seeds recommend. */
    public static final int DEFAULT_DURATION_MINUTES = 90;

    /** A conversation where each participant's stikord are seen as soon as they share them. */
    public NewConversation(ConversationKind kind, long conceptId, Variant variant, Form form, Instant startsAt,
                           int durationMinutes, String place, String videoLink, List<Long> employees) {
        this(kind, conceptId, variant, form, startsAt, durationMinutes, place, videoLink, employees, false);
    }

    public NewConversation {
        employees = employees == null ? List.of() : List.copyOf(employees);
        place = place == null ? "" : place.strip();
        videoLink = videoLink == null ? "" : videoLink.strip();
    }
}
