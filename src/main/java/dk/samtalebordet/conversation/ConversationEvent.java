package dk.samtalebordet.conversation;

import dk.samtalebordet.live.LiveEvent;

import java.util.UUID;

/**
 * Marker of every live event of one conversation (its table, preparation, plan and schedule); announced after
 * commit to the conversation's topic. Ids and versions, never content: a receiver reads again what it shows.
 */
public interface ConversationEvent extends LiveEvent {

    UUID conversationId();

    @Override
    default String topic() {
        return LiveEvent.conversation(conversationId());
    }
}
