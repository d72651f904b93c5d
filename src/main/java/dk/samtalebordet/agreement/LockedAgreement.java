package dk.samtalebordet.agreement;

import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.concept.ConversationKind;

import java.time.Instant;
import java.util.UUID;

/** An agreement of a locked udviklingsplan, as it stands forever. */
public record LockedAgreement(UUID agreementId, UUID conversationId, ConversationKind kind, Instant heldAt,
                              Instant lockedAt, long leaderId, AgreementFields fields) {
}
