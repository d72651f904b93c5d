package dk.samtalebordet.archive;

import java.time.Instant;
import java.util.UUID;

/** A document in a personalemappe, without its bytes. */
public record ArchivedDocument(UUID id, Long personId, Long holderId, UUID conversationId, String title,
                               String fileName, Instant createdAt, String sha256, long sizeBytes) {
}
