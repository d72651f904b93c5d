package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConversationKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A conversation as one participant ({@code me}) sees it: when, where and how it is held, its status, its concept
 * and its participants, the leader first.
 */
public record ConversationDetails(
        UUID conversationId,
        ConversationKind kind,
        Variant variant,
        Form form,
        Instant startsAt,
        int durationMinutes,
        String place,
        String videoLink,
        ConversationStatus status,
        ConceptDetails concept,
        List<ParticipantView> participants,
        long me,
        Instant lockedAt) {

    public Optional<ParticipantView> participant(long personId) {
        return participants.stream().filter(p -> p.personId() == personId).findFirst();
    }

    public boolean iAmLeader() {
        return participant(me).map(p -> p.role() == ParticipantRole.LEADER).orElse(false);
    }

    public boolean editable() {
        return status == ConversationStatus.PLANNED || status == ConversationStatus.IN_PROGRESS;
    }
}
