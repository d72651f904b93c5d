package dk.samtalebordet.conversation;

/** Where a conversation is in its life. */
public enum ConversationStatus {
    PLANNED,
    IN_PROGRESS,
    /** The udviklingsplan is approved by all and can no longer change. */
    LOCKED,
    CANCELLED
}
