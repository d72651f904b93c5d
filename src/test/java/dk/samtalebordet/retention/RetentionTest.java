package dk.samtalebordet.retention;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention rules with their defaults: what the preview says the next run deletes is what it deletes, all of
 * a conversation goes with it, the other party's record stays, and the run is recorded without content.
 */
@IntegrationTest
class RetentionTest {

    @Autowired
    RetentionRun retention;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleFixtures people;
    @Autowired
    ConversationService conversations;
    @Autowired
    AgreementService agreements;
    @Autowired
    NoteService notes;
    @Autowired
    PreparationService preparations;
    @Autowired
    PlanFixtures plans;
    @Autowired
    LiveTableService table;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private static final Instant NOW = Instant.now();

    @Test
    void aConversationCancelledLongAgoGoesWithEverythingOfItsAndARecentOneStays() {
        String leader = people.leader();
        UUID old = withContent(fixtures.mus(leader, people.employeeOf(leader, "en god lang adgangskode")));
        conversations.cancel(old, fixtures.id(leader));
        jdbc.sql("update conversation set cancelled_at = ? where id = ?")
                .params(Timestamp.from(NOW.minus(200, ChronoUnit.DAYS)), old).update();
        UUID neverHeld = fixtures.mus(leader, people.employeeOf(leader, "en god lang adgangskode"));
        jdbc.sql("update conversation set starts_at = ? where id = ?")
                .params(Timestamp.from(NOW.minus(200, ChronoUnit.DAYS)), neverHeld).update();
        UUID recent = withContent(fixtures.mus(leader, people.employeeOf(leader, "en god lang adgangskode")));
        conversations.cancel(recent, fixtures.id(leader));

        int due = count(retention.preview(), "conversations");
        assertThat(due).isGreaterThanOrEqualTo(2);
        assertThat(count(retention.run(), "conversations")).isEqualTo(due);

        for (UUID gone : List.of(old, neverHeld)) {
            for (String t : List.of("conversation_participant", "conversation_piece", "conversation_note",
                    "agreement", "preparation", "private_note")) {
                assertThat(rows(t, gone)).as(t).isZero();
            }
            assertThat(jdbc.sql("select count(*) from conversation where id = ?").param(gone)
                    .query(Integer.class).single()).isZero();
        }
        assertThat(rows("agreement", recent)).isEqualTo(1);
        assertThat(count(retention.preview(), "conversations")).isZero();
        assertRecorded("conversations: " + due);
    }

    @Test
    void privateNotesGoOnceThePlanIsLockedAndThePlanAndItsPdfStay() {
        String leader = people.leader();
        String employee = people.employeeOf(leader, "en god lang adgangskode");
        UUID id = withContent(fixtures.mus(leader, employee));
        lock(id, leader, employee);

        retention.run();
        assertThat(rows("private_note", id)).isZero();
        assertThat(rows("agreement", id)).isEqualTo(1);
        assertThat(rows("archived_document", id)).isEqualTo(1);
        assertThat(rows("conversation_note", id)).isEqualTo(1);
    }

    @Test
    void aFormerEmployeesPlanStaysWhileTheLeaderIsEmployedAndGoesWhenBothLeftLongAgo() {
        String leader = people.leader();
        String stays = people.employeeOf(leader, "en god lang adgangskode");
        String goes = people.employeeOf(leader, "en god lang adgangskode");
        UUID kept = fixtures.mus(leader, stays);
        UUID deleted = fixtures.mus(leader, goes);
        agreements.addAgreement(kept, fixtures.id(stays), null, agreement());
        agreements.addAgreement(deleted, fixtures.id(goes), null, agreement());
        lock(kept, leader, stays);
        lock(deleted, leader, goes);

        Instant longAgo = NOW.minus(6 * 366, ChronoUnit.DAYS);
        people.leftAt(goes, longAgo);
        people.leftAt(stays, longAgo);
        retention.run();
        assertThat(rows("archived_document", kept)).as("the leader is employed: their record").isEqualTo(1);
        assertThat(rows("archived_document", deleted)).isEqualTo(1);

        people.leftAt(leader, NOW.minus(10, ChronoUnit.DAYS));
        retention.run();
        assertThat(rows("archived_document", deleted)).as("left recently: kept 5 years").isEqualTo(1);

        people.leftAt(leader, longAgo.plus(1, ChronoUnit.DAYS)); // a later record of the same leaving
        jdbc.sql("delete from person_change where person_id = ? and field = 'ACTIVE' and changed_at > ?")
                .params(fixtures.id(leader), Timestamp.from(longAgo.plus(2, ChronoUnit.DAYS))).update();
        assertThat(count(retention.preview(), "plans")).isGreaterThanOrEqualTo(2);
        retention.run();
        for (UUID gone : List.of(kept, deleted)) {
            assertThat(rows("archived_document", gone)).isZero();
            assertThat(rows("agreement", gone)).isZero();
            assertThat(rows("plan_approval", gone)).isZero();
        }
    }

    @Test
    void oldRemindersAndOldAuditEntriesGoAndTheRulesCannotMakeAReminderBeSentTwice() {
        jdbc.sql("insert into reminder (kind, subject_id, person_id, message, link, created_at) values "
                        + "('PREPARE', ?, ?, 'gammel', 'x', ?)")
                .params(UUID.randomUUID(), fixtures.id("jph"), Timestamp.from(NOW.minus(40, ChronoUnit.DAYS)))
                .update();
        jdbc.sql("insert into audit_entry (occurred_at, kind, detail) values (?, 'EXPORTED', 'gammel')")
                .param(Timestamp.from(NOW.minus(6 * 366, ChronoUnit.DAYS))).update();
        assertThat(count(retention.preview(), "reminders")).isGreaterThanOrEqualTo(1);
        assertThat(count(retention.preview(), "audit")).isGreaterThanOrEqualTo(1);
        retention.run();
        assertThat(jdbc.sql("select count(*) from reminder where message = 'gammel'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where detail = 'gammel'").query(Integer.class)
                .single()).isZero();
        assertThat(new RetentionRules(java.time.Period.ZERO, java.time.Period.ZERO, java.time.Period.ZERO,
                java.time.Period.ofDays(1), java.time.Period.ZERO).reminders()).isEqualTo(java.time.Period.ofDays(8));
    }

    private UUID withContent(UUID id) {
        long leader = jdbc.sql("select person_id from conversation_participant where conversation_id = ? "
                + "and role = 'LEADER'").param(id).query(Long.class).single();
        long employee = jdbc.sql("select person_id from conversation_participant where conversation_id = ? "
                + "and role <> 'LEADER'").param(id).query(Long.class).single();
        var state = table.state(id, leader);
        notes.saveNote(id, leader, state.concept().perspectives().get(0).id(), "Fælles note", 0);
        table.setPiece(id, employee, PieceKind.STIKORD, "Motivation", true);
        preparations.savePrivateNote(id, employee, state.concept().allQuestions().get(0).id(), "Kun til mig");
        agreements.addAgreement(id, employee, null, agreement());
        return id;
    }

    private void lock(UUID id, String leader, String employee) {
        plans.lock(id, fixtures.id(leader), fixtures.id(employee));
    }

    private static AgreementFields agreement() {
        return new AgreementFields("Kursus", "Medarbejderen", "I år", "Lederen", LocalDate.now().plusMonths(1),
                "Status", null, null);
    }

    private int rows(String table, UUID conversation) {
        return jdbc.sql("select count(*) from " + table + " where conversation_id = ?").param(conversation)
                .query(Integer.class).single();
    }

    private static int count(List<RetentionRun.Count> counts, String kind) {
        return counts.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow().count();
    }

    private void assertRecorded(String detail) {
        List<AuditEntry> entries = audit.search(null, List.of(), NOW.minusSeconds(5), Instant.now().plusSeconds(5),
                1000);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.RETENTION_DELETED);
            assertThat(e.detail()).isEqualTo(detail);
            assertThat(e.actorId()).isNull();
        });
    }
}
