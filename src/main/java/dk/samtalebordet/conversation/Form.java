package dk.samtalebordet.conversation;

/** Where and how the conversation is held. */
public enum Form {
    VED_BORDET,
    WALK_AND_TALK,
    ONLINE
}
