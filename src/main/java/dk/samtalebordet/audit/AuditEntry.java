package dk.samtalebordet.audit;

import java.time.Instant;
import java.util.UUID;

/** A recorded entry, as stored: it is never changed. */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, Long actorId, Long subjectId,
                         UUID conversationId, UUID documentId, String sourceAddress, String detail) {
}
