package dk.samtalebordet.privacy;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.conversation.ConversationDeletion;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Erasure on request: what may go goes in one transaction, a locked plan stays the leader's record, an open group
 * conversation keeps the others, and the person remains only as an anonymous row; refused for a person still
 * employed, for oneself, and for anybody but an administrator.
 */
@IntegrationTest
class ErasureTest {

    private static final String PASSWORD = "en god lang adgangskode";

    @Autowired
    Erasure erasure;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleFixtures peopleFixtures;
    @Autowired
    PeopleService people;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;
    @Autowired
    PreparationService preparations;
    @Autowired
    LiveTableService table;
    @Autowired
    ArchiveService archive;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void whatMayGoGoesAndTheLeadersRecordAndTheGroupStay() {
        String leaderName = peopleFixtures.leader();
        String goneName = peopleFixtures.employeeOf(leaderName, PASSWORD);
        String colleagueName = peopleFixtures.employeeOf(leaderName, PASSWORD);
        long leader = fixtures.id(leaderName);
        long gone = fixtures.id(goneName);
        long admin = fixtures.id("admin");

        UUID open = fixtures.mus(leaderName, goneName);
        long question = table.state(open, leader).concept().allQuestions().get(0).id();
        preparations.savePrivateNote(open, gone, question, "Min private tanke");
        agreements.addAgreement(open, gone, null, agreement());
        UUID locked = fixtures.mus(leaderName, goneName);
        preparations.savePrivateNote(locked, gone, question, "Også privat");
        agreements.addAgreement(locked, gone, null, agreement());
        plans.propose(locked, leader);
        plans.approve(locked, leader);
        plans.approve(locked, gone);
        UUID group = fixtures.create(ConversationKind.GRUS, "albertslund-mus", leaderName, goneName,
                colleagueName);
        jdbc.sql("insert into reminder (kind, subject_id, person_id, message, link, created_at) values "
                + "('PREPARE', ?, ?, 'husk', 'x', ?)").params(open, gone, Timestamp.from(Instant.now())).update();

        assertThatThrownBy(() -> erasure.erase(admin, gone)).as("still employed")
                .isInstanceOfSatisfying(ConversationException.NotAllowed.class,
                        e -> assertThat(e.messageKey()).isEqualTo("erasure.error.active"));
        peopleFixtures.leftAt(goneName, Instant.now());
        assertThatThrownBy(() -> erasure.erase(leader, gone)).isInstanceOf(ConversationException.NotAllowed.class);
        assertThatThrownBy(() -> erasure.erase(admin, admin)).isInstanceOf(ConversationException.NotAllowed.class);

        ConversationDeletion.Erased erased = erasure.erase(admin, gone);
        assertThat(erased).isEqualTo(new ConversationDeletion.Erased(1, 1, 1));

        assertThat(count("select count(*) from conversation where id = ?", open)).isZero();
        assertThat(count("select count(*) from agreement where conversation_id = ?", open)).isZero();
        assertThat(count("select count(*) from private_note where person_id = ?", gone)).isZero();
        assertThat(count("select count(*) from reminder where person_id = ?", gone)).isZero();
        assertThat(count("select count(*) from agreement where conversation_id = ?", locked)).isEqualTo(1);
        assertThat(archive.documentsOf(locked, leader)).as("the leader's record").hasSize(1);
        assertThat(count("select count(*) from archived_document where person_id = ?", gone)).isZero();
        assertThat(count("select count(*) from conversation_participant where conversation_id = ?", group))
                .as("the leader and the colleague").isEqualTo(2);

        PersonSummary anonymous = people.findById(gone).orElseThrow();
        assertThat(anonymous.fullName()).isEqualTo("Slettet person");
        assertThat(anonymous.username()).isEqualTo("slettet-" + gone);
        assertThat(anonymous.email()).isNull();
        assertThat(anonymous.roles()).isEmpty();
        assertThat(people.findAccount(goneName)).isEmpty();
        assertThat(count("select count(*) from person_change where person_id = ?", gone)).isZero();
        assertThat(audit.search(gone, List.of(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(1), 100))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(AuditKind.PERSON_ERASED);
                    assertThat(e.actorId()).isEqualTo(admin);
                });
    }

    private int count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private static AgreementFields agreement() {
        return new AgreementFields("Kursus", "Medarbejderen", "I år", "Lederen", LocalDate.now().plusMonths(1),
                "Status", null, null);
    }
}
