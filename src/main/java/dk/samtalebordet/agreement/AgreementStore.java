package dk.samtalebordet.agreement;

import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
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

/** Plain SQL for the agreement rows. Every write is one statement; callers own the transaction. */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementView> agreements(UUID conversationId) {
        return jdbc.sql(AGREEMENT_SELECT + " where conversation_id = ? order by created_at, id")
                .param(conversationId).query(AgreementStore::agreement).list();
    }

    Optional<AgreementView> agreement(UUID conversationId, UUID id) {
        return jdbc.sql(AGREEMENT_SELECT + " where conversation_id = ? and id = ?").params(conversationId, id)
                .query(AgreementStore::agreement).optional();
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
