package dk.samtalebordet.conversation;

import java.util.UUID;

/**
 * A conversation is being deleted (by the retention rules), in this transaction: each module deletes what it
 * holds of it, before the conversation itself goes. Handled synchronously, so all or nothing is deleted.
 */
public record ConversationDeleting(UUID conversationId) {
}
