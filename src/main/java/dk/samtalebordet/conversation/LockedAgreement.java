package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.TableModel.AgreementFields;

import java.time.Instant;
import java.util.UUID;

/** An agreement of a locked udviklingsplan, as it stands forever. */
public record LockedAgreement(UUID agreementId, UUID conversationId, ConversationKind kind, Instant heldAt,
                              Instant lockedAt, long leaderId, AgreementFields fields) {
}
