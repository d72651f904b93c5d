package dk.samtalebordet.conversation;

/** A participant of a conversation, with the name and initials everybody sees. */
public record ParticipantView(long personId, String fullName, String initials, ParticipantRole role) {
}
