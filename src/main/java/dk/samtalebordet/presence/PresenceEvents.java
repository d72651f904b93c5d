package dk.samtalebordet.presence;

import dk.samtalebordet.conversation.ConversationEvent;

import java.util.UUID;

/** Who is in the conversation and who types where changed; a receiver asks {@link PresenceService} again. */
public final class PresenceEvents {

    private PresenceEvents() {
    }

    /** Who has the conversation open changed; a receiver asks {@code PresenceService.presence}. */
    public record PresenceChanged(UUID conversationId) implements ConversationEvent {
    }

    /** {@code personId} is null when nobody types in the field any more. */
    public record TypingChanged(UUID conversationId, String field, Long personId) implements ConversationEvent {
    }
}
