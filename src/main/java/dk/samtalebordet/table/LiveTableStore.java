package dk.samtalebordet.table;

import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import dk.samtalebordet.table.TableModel.QuestionState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL for the live table's small rows: the focus, the question pieces and the pieces laid on the table.
 * Every write is one statement; callers own the transaction.
 */
@Repository
class LiveTableStore {

    private final JdbcClient jdbc;

    LiveTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- focus ----

    void setFocus(UUID conversationId, Long questionId, long by) {
        jdbc.sql("update conversation set focused_question_id = ?, focused_by = ? where id = ?")
                .params(questionId, by, conversationId).update();
    }

    Optional<Long> focus(UUID conversationId) {
        return jdbc.sql("select focused_question_id from conversation where id = ?").param(conversationId)
                .query((rs, i) -> (Long) rs.getObject(1, Long.class)).optional();
    }

    // ---- question pieces ----

    List<QuestionState> questions(UUID conversationId) {
        return jdbc.sql("select question_id, wording, reworded_by, on_table, discussed from conversation_question "
                + "where conversation_id = ?").param(conversationId).query(LiveTableStore::question).list();
    }

    QuestionState question(UUID conversationId, long questionId) {
        return jdbc.sql("select question_id, wording, reworded_by, on_table, discussed from conversation_question "
                        + "where conversation_id = ? and question_id = ?").params(conversationId, questionId)
                .query(LiveTableStore::question).optional().orElse(QuestionState.initial(questionId));
    }

    /** Each change touches only its own columns, so concurrent changes to one piece never undo each other. */
    void setOnTable(UUID conversationId, long questionId, boolean onTable) {
        ensureQuestion(conversationId, questionId);
        jdbc.sql("update conversation_question set on_table = ? where conversation_id = ? and question_id = ?")
                .params(onTable, conversationId, questionId).update();
    }

    /** Marking a piece discussed also lays it on the table. */
    void setDiscussed(UUID conversationId, long questionId, boolean discussed) {
        ensureQuestion(conversationId, questionId);
        jdbc.sql("update conversation_question set discussed = ?, on_table = (on_table or ?) "
                        + "where conversation_id = ? and question_id = ?")
                .params(discussed, discussed, conversationId, questionId).update();
    }

    void setWording(UUID conversationId, long questionId, String wording, Long by) {
        ensureQuestion(conversationId, questionId);
        jdbc.sql("update conversation_question set wording = ?, reworded_by = ? "
                        + "where conversation_id = ? and question_id = ?")
                .params(wording, by, conversationId, questionId).update();
    }

    /** Creates the piece's row once; an existing row is left as it is. */
    private void ensureQuestion(UUID conversationId, long questionId) {
        try {
            jdbc.sql("insert into conversation_question (conversation_id, question_id) select ?, ? where not exists "
                            + "(select 1 from conversation_question where conversation_id = ? and question_id = ?)")
                    .params(conversationId, questionId, conversationId, questionId).update();
        } catch (DuplicateKeyException raceLost) {
            // created by a concurrent change a moment earlier: exactly what was wanted
        }
    }

    private static QuestionState question(ResultSet rs, int row) throws SQLException {
        return new QuestionState(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                rs.getBoolean(4), rs.getBoolean(5));
    }

    // ---- stikord and picture pieces ----

    List<PlacedPiece> pieces(UUID conversationId) {
        return jdbc.sql("select kind, piece_key, placed_by, placed_at from conversation_piece "
                        + "where conversation_id = ? order by placed_at, piece_key").param(conversationId)
                .query((rs, i) -> new PlacedPiece(PieceKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), instant(rs, 4))).list();
    }

    /** One piece as it lies on the table, by its primary key; empty when it is not on the table. */
    Optional<PlacedPiece> piece(UUID conversationId, PieceKind kind, String key) {
        return jdbc.sql("select kind, piece_key, placed_by, placed_at from conversation_piece "
                        + "where conversation_id = ? and kind = ? and piece_key = ?")
                .params(conversationId, kind.name(), key)
                .query((rs, i) -> new PlacedPiece(PieceKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getLong(3), instant(rs, 4))).optional();
    }

    /** Places a piece; false when it lay on the table already (someone was quicker). */
    boolean placePiece(UUID conversationId, PlacedPiece piece) {
        try {
            return insertPiece(conversationId, piece);
        } catch (DuplicateKeyException raceLost) {
            return false; // placed by someone else a moment earlier; their placement stands
        }
    }

    private boolean insertPiece(UUID conversationId, PlacedPiece piece) {
        return jdbc.sql("insert into conversation_piece (conversation_id, kind, piece_key, placed_by, placed_at) "
                        + "select ?, ?, ?, ?, ? where not exists (select 1 from conversation_piece "
                        + "where conversation_id = ? and kind = ? and piece_key = ?)")
                .params(conversationId, piece.kind().name(), piece.key(), piece.placedBy(),
                        Timestamp.from(piece.placedAt()), conversationId, piece.kind().name(), piece.key())
                .update() == 1;
    }

    boolean removePiece(UUID conversationId, PieceKind kind, String key) {
        return jdbc.sql("delete from conversation_piece where conversation_id = ? and kind = ? and piece_key = ?")
                .params(conversationId, kind.name(), key).update() == 1;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
