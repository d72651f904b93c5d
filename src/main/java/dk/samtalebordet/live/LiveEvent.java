package dk.samtalebordet.live;

import java.util.UUID;

/**
 * Something changed that a page may show: published by a service as a plain application event, and handed to
 * every page following its {@link #topic()} once the change is committed ({@link LiveEventBridge}). Small by
 * design, ids and versions and never content, so that it crosses nodes as one database notification: a
 * receiver reads again what it shows, with its own viewer's rights.
 */
public interface LiveEvent {

    /** Whom it concerns: the followers of this topic. */
    String topic();

    /** The topic of one conversation: its table, preparation, plan and schedule. */
    static String conversation(UUID conversationId) {
        return "conversation:" + conversationId;
    }

    /**
     * This node may have missed events of the topic (its listening connection to the other nodes was lost for
     * a moment): a page reads again everything it shows.
     */
    record Missed(String topic) implements LiveEvent {
    }

    /** The topic of one person's lists of conversations. */
    static String conversationsOf(long personId) {
        return "conversations-of:" + personId;
    }
}
