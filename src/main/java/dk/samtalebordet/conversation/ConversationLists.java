package dk.samtalebordet.conversation;

import dk.samtalebordet.live.LiveEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps each participant's "Mine samtaler" live: whenever a conversation is created, moved, cancelled or locked,
 * everybody in it is told after the change commits, on a topic of their own.
 */
@Component
public class ConversationLists {

    /** A conversation in the person's list changed (or joined it). */
    public record ListChanged(long personId, UUID conversationId) implements LiveEvent {
        @Override
        public String topic() {
            return LiveEvent.conversationsOf(personId);
        }
    }

    private final ApplicationEventPublisher events;

    ConversationLists(ApplicationEventPublisher events) {
        this.events = events;
    }

    void changed(Conversation conversation) {
        conversation.getParticipants().forEach(p -> events.publishEvent(new ListChanged(p.personId(),
                conversation.getId())));
    }
}
