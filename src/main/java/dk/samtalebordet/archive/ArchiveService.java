package dk.samtalebordet.archive;

import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The personalemappe: documents filed for an employee, never changed once filed. Who may see a document: the
 * employee it is filed for, their current personaleleder (so the file follows the employee to a new leader),
 * and the leader who held the conversation it came from. Nobody else, HR included, sees the content.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveService {

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final Clock clock;
    private final AuditLog audit;

    ArchiveService(JdbcClient jdbc, PeopleService people, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Files a document once.
     *
     * @param personId the employee whose personalemappe holds it, or null for a document kept only by its holder
     * @param holderId the leader who keeps a copy (the leader of the conversation), or null
     */
    @Transactional
    public ArchivedDocument file(Long personId, Long holderId, UUID conversationId, String title, String fileName,
                                 byte[] bytes) {
        if (personId == null && holderId == null) {
            throw new IllegalArgumentException("A document belongs to somebody");
        }
        ArchivedDocument document = new ArchivedDocument(UUID.randomUUID(), personId, holderId, conversationId,
                title, fileName, clock.instant(), Sha256.hex(bytes), bytes.length);
        jdbc.sql("insert into archived_document (id, person_id, holder_id, conversation_id, title, file_name, "
                        + "created_at, sha256, size_bytes, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(document.id(), personId, holderId, conversationId, title, fileName,
                        Timestamp.from(document.createdAt()), document.sha256(), document.sizeBytes(), bytes)
                .update();
        return document;
    }

    /**
     * The documents in a person's personalemappe, newest first, if the reader may see them; the opening is
     * recorded in the audit log (what the employee sees under "Hvem har set min personalemappe").
     */
    public List<ArchivedDocument> personnelFile(long personId, long readerId) {
        if (!maySeeFileOf(personId, readerId)) {
            throw new DocumentNotFound();
        }
        List<ArchivedDocument> documents = jdbc.sql(SELECT + " where person_id = ? order by created_at desc")
                .param(personId).query(ArchiveService::document).list();
        audit.recordRead(Audited.of(AuditKind.PERSONNEL_FILE_OPENED, readerId).about(personId));
        return documents;
    }

    /** Somebody else's opening of a personalemappe or download from it: who, what and when. */
    public record Reading(Instant at, String readerName, boolean download, String fileName) {
    }

    /** Who else has opened my personalemappe or downloaded from it, newest first. Only for the employee. */
    public List<Reading> whoHasSeen(long me) {
        List<AuditEntry> entries = audit.readersOfPersonnelFile(me);
        Map<Long, String> names = people.findAll(entries.stream().map(AuditEntry::actorId).distinct().toList())
                .stream().collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName));
        return entries.stream().map(e -> new Reading(e.occurredAt(), names.get(e.actorId()),
                e.kind() == AuditKind.DOCUMENT_DOWNLOADED, e.detail())).toList();
    }

    /** The documents of one conversation that the reader may download: their own copy, or those they hold. */
    public List<ArchivedDocument> documentsOf(UUID conversationId, long readerId) {
        return jdbc.sql(SELECT + " where conversation_id = ? order by created_at, title").param(conversationId)
                .query(ArchiveService::document).list().stream()
                .filter(d -> maySee(d, readerId)).toList();
    }

    /** The stored bytes, exactly as filed; refused (as if missing) to anybody who may not see the document. */
    public DocumentContent download(UUID documentId, long readerId) {
        ArchivedDocument document = jdbc.sql(SELECT + " where id = ?").param(documentId)
                .query(ArchiveService::document).optional().filter(d -> maySee(d, readerId))
                .orElseThrow(DocumentNotFound::new);
        byte[] bytes = jdbc.sql("select content from archived_document where id = ?").param(documentId)
                .query((rs, i) -> rs.getBytes(1)).single();
        if (!Sha256.hex(bytes).equals(document.sha256())) {
            throw new IllegalStateException("Stored document " + documentId + " does not match its hash");
        }
        audit.recordRead(Audited.of(AuditKind.DOCUMENT_DOWNLOADED, readerId)
                .about(document.personId() != null ? document.personId() : document.holderId())
                .in(document.conversationId()).document(documentId).detail(document.fileName()));
        return new DocumentContent(document, bytes);
    }

    private boolean maySee(ArchivedDocument d, long readerId) {
        return (d.holderId() != null && d.holderId() == readerId)
                || (d.personId() != null && maySeeFileOf(d.personId(), readerId));
    }

    private boolean maySeeFileOf(long personId, long readerId) {
        if (personId == readerId) {
            return true;
        }
        Optional<PersonSummary> person = people.findById(personId);
        return person.map(p -> p.managerId() != null && p.managerId() == readerId).orElse(false);
    }

    private static final String SELECT = "select id, person_id, holder_id, conversation_id, title, file_name, "
            + "created_at, sha256, size_bytes from archived_document";

    private static ArchivedDocument document(ResultSet rs, int row) throws SQLException {
        return new ArchivedDocument(rs.getObject(1, UUID.class), (Long) rs.getObject(2, Long.class),
                (Long) rs.getObject(3, Long.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getLong(9));
    }

    /** The document does not exist, or the reader may not see it; the two are told apart nowhere. */
    public static class DocumentNotFound extends RuntimeException {
        public DocumentNotFound() {
            super("archive.error.not-found");
        }
    }
}
