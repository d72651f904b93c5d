package dk.samtalebordet.conversation;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Deleting conversations, for the retention rules and for erasure on request; always within the caller's
 * transaction, and always whole: every module's {@link OwnedRows} of it go first.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ConversationDeletion {

    private final JdbcClient jdbc;
    private final List<OwnedRows> rows;

    ConversationDeletion(JdbcClient jdbc, List<OwnedRows> rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** What erasing one person did to their conversations. */
    public record Erased(int deleted, int left, int keptLocked) {
    }

    public void delete(UUID conversationId) {
        rows.forEach(r -> r.deleteConversation(jdbc, conversationId));
        jdbc.sql("delete from conversation_participant where conversation_id = ?").param(conversationId).update();
        jdbc.sql("delete from conversation where id = ?").param(conversationId).update();
    }

    /**
     * A person's conversations on erasure: a locked one is kept (the plan is also the other party's record); an
     * open one they lead, or have alone with their leader, is deleted; from an open group conversation with
     * other employees they are removed, and the group keeps what it shares.
     */
    public Erased eraseParticipant(long personId) {
        record Row(UUID id, String status, String role, int employees) {
        }
        List<Row> rows = jdbc.sql("select c.id, c.status, p.role, (select count(*) from conversation_participant o "
                        + "where o.conversation_id = c.id and o.role <> 'LEADER') from conversation c "
                        + "join conversation_participant p on p.conversation_id = c.id where p.person_id = ?")
                .param(personId).query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getInt(4))).list();
        int deleted = 0;
        int left = 0;
        int kept = 0;
        for (Row row : rows) {
            if (ConversationStatus.LOCKED.name().equals(row.status())) {
                kept++;
            } else if (ParticipantRole.LEADER.name().equals(row.role()) || row.employees() <= 1) {
                delete(row.id());
                deleted++;
            } else {
                jdbc.sql("delete from conversation_participant where conversation_id = ? and person_id = ?")
                        .params(row.id(), personId).update();
                left++;
            }
        }
        return new Erased(deleted, left, kept);
    }
}
