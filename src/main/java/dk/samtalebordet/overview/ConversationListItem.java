package dk.samtalebordet.overview;

import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.ParticipantRole;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as listed under "Mine samtaler". */
public record ConversationListItem(UUID id, ConversationKind kind, String conceptName, Form form, Instant startsAt,
                                   int durationMinutes, ConversationStatus status, ParticipantRole myRole,
                                   List<String> otherParticipants) {
}
