package dk.samtalebordet.conversation;

import dk.samtalebordet.shared.LiveEventBus;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps each participant's "Mine samtaler" live: whenever a conversation is created, moved, cancelled or locked,
 * everybody in it is told after the change commits, on a topic of their own.
 */
@Component
public class ConversationLists {

    /** The topic of one person's list of conversations. */
    public record ListOf(long personId) {
    }

    /** A conversation in the person's list changed (or joined it). */
    public record ListChanged(UUID conversationId) {
    }

    private final LiveEventBus bus;

    ConversationLists(LiveEventBus bus) {
        this.bus = bus;
    }

    void changed(Conversation conversation) {
        conversation.getParticipants().forEach(p -> bus.publishAfterCommit(new ListOf(p.personId()),
                new ListChanged(conversation.getId())));
    }
}
