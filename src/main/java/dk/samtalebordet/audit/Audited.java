package dk.samtalebordet.audit;

import java.util.UUID;

/**
 * One thing to record: what, by whom, about whose data, in which conversation, which document, from where, and a
 * short detail (a username tried, the fields changed, a count). Never the content of a conversation.
 */
public record Audited(AuditKind kind, Long actorId, Long subjectId, UUID conversationId, UUID documentId,
                      String sourceAddress, String detail) {

    public static final int DETAIL_LENGTH = 500;

    public Audited {
        if (detail != null && detail.length() > DETAIL_LENGTH) {
            detail = detail.substring(0, DETAIL_LENGTH);
        }
        if (sourceAddress != null && sourceAddress.length() > 64) {
            sourceAddress = sourceAddress.substring(0, 64);
        }
    }

    /** Something a person did (or, with a null actor, the application itself). */
    public static Audited of(AuditKind kind, Long actorId) {
        return new Audited(kind, actorId, null, null, null, null, null);
    }

    /** Whose personnel data it concerns. */
    public Audited about(Long subject) {
        return new Audited(kind, actorId, subject, conversationId, documentId, sourceAddress, detail);
    }

    public Audited in(UUID conversation) {
        return new Audited(kind, actorId, subjectId, conversation, documentId, sourceAddress, detail);
    }

    public Audited document(UUID document) {
        return new Audited(kind, actorId, subjectId, conversationId, document, sourceAddress, detail);
    }

    public Audited from(String address) {
        return new Audited(kind, actorId, subjectId, conversationId, documentId, address, detail);
    }

    public Audited detail(String text) {
        return new Audited(kind, actorId, subjectId, conversationId, documentId, sourceAddress, text);
    }
}
