package dk.samtalebordet.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The append-only audit log. A change is recorded in the transaction that makes it ({@link #record}), so the two
 * stand or fall together; a read is recorded right after it succeeded ({@link #recordRead}). The application has
 * no way to change an entry; only the retention rules delete entries, once they are older than the period kept.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change in the transaction that makes it (or in a transaction of its own, outside one). */
    @Transactional
    public void record(Audited entry) {
        insert(entry);
    }

    /** Records a read right after it: committed on its own, whatever the reader does next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(Audited entry) {
        insert(entry);
    }

    private void insert(Audited e) {
        jdbc.sql("insert into audit_entry (occurred_at, kind, actor_id, subject_id, conversation_id, document_id, "
                        + "source_address, detail) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), e.kind().name(), e.actorId(), e.subjectId(),
                        e.conversationId(), e.documentId(), e.sourceAddress(), e.detail())
                .update();
    }

    /** Failed sign-ins since a time: with this username (as typed, any case), and from this address. */
    @Transactional(readOnly = true)
    public SignInFailures failedSignInsSince(String username, String address, Instant since) {
        int byAccount = jdbc.sql("select count(*) from audit_entry where kind = ? and occurred_at > ? and detail = ?")
                .params(AuditKind.SIGN_IN_FAILED.name(), Timestamp.from(since), normalisedUsername(username))
                .query(Integer.class).single();
        int byAddress = address == null ? 0 : jdbc.sql("select count(*) from audit_entry where kind = ? "
                        + "and occurred_at > ? and source_address = ?")
                .params(AuditKind.SIGN_IN_FAILED.name(), Timestamp.from(since), address)
                .query(Integer.class).single();
        return new SignInFailures(byAccount, byAddress);
    }

    /** The failures counted per account and per source address. */
    public record SignInFailures(int byAccount, int byAddress) {
    }

    /** How a username tried is kept, so that "JPH" and "jph " count as one account. */
    public static String normalisedUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 100 ? u.substring(0, 100) : u;
    }

    /**
     * The entries of a period, newest first, at most {@code limit}: all of them, or, for one person, those they
     * did, those about their data, and those in the given conversations (theirs).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Long personId, Collection<UUID> conversations, Instant from, Instant to,
                                   int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where occurred_at >= ? and occurred_at < ?");
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
        if (personId != null) {
            sql.append(" and (actor_id = ? or subject_id = ?");
            params.add(personId);
            params.add(personId);
            if (!conversations.isEmpty()) {
                sql.append(" or conversation_id in (")
                        .append(String.join(", ", conversations.stream().map(c -> "?").toList())).append(')');
                params.addAll(conversations);
            }
            sql.append(')');
        }
        sql.append(" order by occurred_at desc, id desc fetch first ? rows only");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(AuditLog::entry).list();
    }

    /**
     * Who else has opened this person's personalemappe or downloaded a document from it, newest first: what
     * the employee is shown under "Hvem har set min personalemappe".
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> readersOfPersonnelFile(long personId) {
        return jdbc.sql(SELECT + " where subject_id = ? and kind in (?, ?) and actor_id <> ?"
                        + " order by occurred_at desc, id desc")
                .params(personId, AuditKind.PERSONNEL_FILE_OPENED.name(), AuditKind.DOCUMENT_DOWNLOADED.name(),
                        personId)
                .query(AuditLog::entry).list();
    }

    /** Deletes the entries older than the period kept; the retention rules' only way in. */
    @Transactional
    public int deleteOlderThan(Instant before) {
        return jdbc.sql("delete from audit_entry where occurred_at < ?").param(Timestamp.from(before)).update();
    }

    /** How many entries are older than a time: what the next retention run will delete. */
    @Transactional(readOnly = true)
    public int countOlderThan(Instant before) {
        return jdbc.sql("select count(*) from audit_entry where occurred_at < ?").param(Timestamp.from(before))
                .query(Integer.class).single();
    }

    private static final String SELECT = "select id, occurred_at, kind, actor_id, subject_id, conversation_id, "
            + "document_id, source_address, detail from audit_entry";

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), AuditKind.valueOf(rs.getString(3)),
                rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9));
    }
}
