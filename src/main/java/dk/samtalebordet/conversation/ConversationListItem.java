package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as listed under "Mine samtaler". */
public record ConversationListItem(UUID id, ConversationKind kind, String conceptName, Form form, Instant startsAt,
                                   int durationMinutes, ConversationStatus status, ParticipantRole myRole,
                                   List<String> otherParticipants) {
}
