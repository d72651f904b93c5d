package dk.samtalebordet.conversation;

import dk.samtalebordet.conversation.TableModel.AgreementFields;
import dk.samtalebordet.conversation.TableModel.AgreementView;
import dk.samtalebordet.conversation.TableModel.NoteState;
import dk.samtalebordet.conversation.TableModel.PieceKind;
import dk.samtalebordet.conversation.TableModel.PlacedPiece;
import dk.samtalebordet.conversation.TableModel.QuestionState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain SQL for the live table's small rows. Every write is one statement; callers own the transaction. */
@Repository
class LiveTableStore {

    private final JdbcClient jdbc;

    LiveTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the conversation's lock ----

    /**
     * Takes the conversation's row lock, held until the transaction ends, and reads its status under it: every
     * change to a conversation and its lock are serialised on this one row, so a change either commits before
     * the lock or sees the conversation locked.
     */
    Optional<ConversationStatus> lockConversation(UUID conversationId) {
        try {
            return jdbc.sql("select status from conversation where id = ? for update").param(conversationId)
                    .query((rs, i) -> ConversationStatus.valueOf(rs.getString(1))).optional();
        } catch (PessimisticLockingFailureException waitedTooLong) {
            throw new ConversationException.Busy();
        }
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

    // ---- notes ----

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

    // ---- agreements ----

    List<AgreementView> agreements(UUID conversationId) {
        return jdbc.sql(AGREEMENT_SELECT + " where conversation_id = ? order by created_at, id")
                .param(conversationId).query(LiveTableStore::agreement).list();
    }

    Optional<AgreementView> agreement(UUID conversationId, UUID id) {
        return jdbc.sql(AGREEMENT_SELECT + " where conversation_id = ? and id = ?").params(conversationId, id)
                .query(LiveTableStore::agreement).optional();
    }

    void insertAgreement(UUID conversationId, AgreementView a) {
        AgreementFields f = a.fields();
        jdbc.sql("insert into agreement (id, conversation_id, perspective_id, what, who, when_text, responsible, "
                        + "follow_up_date, follow_up, value_text, for_person_id, version, created_by, created_at, "
                        + "updated_by, updated_at, carried_from_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), conversationId, a.perspectiveId(), f.what(), f.who(), f.when(), f.responsible(),
                        f.followUpDate(), f.followUp(), f.value(), f.forPersonId(), a.version(), a.createdBy(),
                        Timestamp.from(a.createdAt()), a.updatedBy(), Timestamp.from(a.createdAt()), a.carriedFrom())
                .update();
    }

    /** Compare-and-set on the agreement's version; false when someone else changed it first. */
    boolean updateAgreement(UUID conversationId, UUID id, AgreementFields f, long expectedVersion, long by,
                            Instant at) {
        return jdbc.sql("update agreement set what = ?, who = ?, when_text = ?, responsible = ?, follow_up_date = ?, "
                        + "follow_up = ?, value_text = ?, for_person_id = ?, version = version + 1, updated_by = ?, "
                        + "updated_at = ? where conversation_id = ? and id = ? and version = ?")
                .params(f.what(), f.who(), f.when(), f.responsible(), f.followUpDate(), f.followUp(), f.value(),
                        f.forPersonId(), by, Timestamp.from(at), conversationId, id, expectedVersion)
                .update() == 1;
    }

    boolean deleteAgreement(UUID conversationId, UUID id) {
        return jdbc.sql("delete from agreement where conversation_id = ? and id = ?").params(conversationId, id)
                .update() == 1;
    }

    private static final String AGREEMENT_SELECT = "select id, perspective_id, what, who, when_text, responsible, "
            + "follow_up_date, follow_up, value_text, for_person_id, version, created_by, created_at, updated_by, "
            + "carried_from_id from agreement";

    private static AgreementView agreement(ResultSet rs, int row) throws SQLException {
        return new AgreementView(rs.getObject(1, UUID.class), (Long) rs.getObject(2, Long.class),
                new AgreementFields(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
                        (Long) rs.getObject(10, Long.class)),
                rs.getLong(11), rs.getLong(12), instant(rs, 13), rs.getLong(14), rs.getObject(15, UUID.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
