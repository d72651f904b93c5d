package dk.samtalebordet.note;

import dk.samtalebordet.note.NoteModel.NoteState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL for the perspectives' notes. Every write is one statement; callers own the transaction. */
@Repository
class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NoteState> notes(UUID conversationId) {
        return jdbc.sql("select perspective_id, text, version, updated_by from conversation_note "
                        + "where conversation_id = ?").param(conversationId)
                .query((rs, i) -> new NoteState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * Stores a note if it is still at the expected version: compare-and-set, so two people saving from the same
     * starting point can never overwrite each other unseen.
     *
     * @return the stored note, or empty when the version had moved on
     */
    Optional<NoteState> saveNote(UUID conversationId, long perspectiveId, String text, long expectedVersion,
                                 long by, Instant at) {
        int updated;
        if (expectedVersion == 0) {
            updated = insertFirstNote(conversationId, perspectiveId, text, by, at);
        } else {
            updated = jdbc.sql("update conversation_note set text = ?, version = version + 1, updated_by = ?, "
                            + "updated_at = ? where conversation_id = ? and perspective_id = ? and version = ?")
                    .params(text, by, Timestamp.from(at), conversationId, perspectiveId, expectedVersion).update();
        }
        return updated == 1 ? Optional.of(new NoteState(perspectiveId, text, expectedVersion + 1, by))
                : Optional.empty();
    }

    /** The first save of a note; a concurrent first save that won the race makes this one a conflict. */
    private int insertFirstNote(UUID conversationId, long perspectiveId, String text, long by, Instant at) {
        try {
            return jdbc.sql("insert into conversation_note (conversation_id, perspective_id, text, version, "
                            + "updated_by, updated_at) select ?, ?, ?, 1, ?, ? where not exists (select 1 from "
                            + "conversation_note where conversation_id = ? and perspective_id = ?)")
                    .params(conversationId, perspectiveId, text, by, Timestamp.from(at), conversationId,
                            perspectiveId).update();
        } catch (DuplicateKeyException raceLost) {
            return 0;
        }
    }

    Optional<NoteState> note(UUID conversationId, long perspectiveId) {
        return jdbc.sql("select perspective_id, text, version, updated_by from conversation_note "
                        + "where conversation_id = ? and perspective_id = ?").params(conversationId, perspectiveId)
                .query((rs, i) -> new NoteState(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .optional();
    }
}
