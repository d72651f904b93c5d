package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;

import java.time.Instant;
import java.util.List;

/**
 * What a leader fills in to create a conversation.
 *
 * @param employees the employees (MUS: one, GRUS: two or more) or, for a LUS, the one leader it is held with
 */
public record NewConversation(ConversationKind kind, long conceptId, Variant variant, Form form, Instant startsAt,
                              int durationMinutes, String place, String videoLink, List<Long> employees) {

    /** A conversation takes about 1½ hours, as the seeds recommend. */
    public static final int DEFAULT_DURATION_MINUTES = 90;

    public NewConversation {
        employees = employees == null ? List.of() : List.copyOf(employees);
        place = place == null ? "" : place.strip();
        videoLink = videoLink == null ? "" : videoLink.strip();
    }
}
