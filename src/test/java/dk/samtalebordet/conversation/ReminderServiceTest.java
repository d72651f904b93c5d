package dk.samtalebordet.conversation;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.conversation.TableModel.AgreementFields;
import dk.samtalebordet.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go to those who have not prepared and to those responsible for a follow-up, once only. */
@IntegrationTest
class ReminderServiceTest {

    @Autowired
    ReminderService reminders;
    @Autowired
    PreparationService preparations;
    @Autowired
    LiveTableService table;
    @Autowired
    PlanService plans;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnpreparedAndTheResponsibleAreRemindedAndNeverTwice() {
        long leader = fixtures.id("hlk");
        long prepared = fixtures.id("mos");
        UUID lus = fixtures.create(dk.samtalebordet.concept.ConversationKind.LUS, "albertslund-lus", "hlk", "mos");
        jdbc.sql("update conversation set starts_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().plus(2, ChronoUnit.DAYS)), lus).update();
        preparations.chooseStikord(lus, prepared, List.of("Ledelse", "Økonomi", "Fravær"));

        UUID locked = fixtures.mus("sba", "khj");
        LocalDate inFiveDays = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(5);
        table.addAgreement(locked, fixtures.id("khj"), null, new AgreementFields("Opfølgning på kursus", "", "",
                "Kirsten Holm Jensen", inFiveDays, "Kort snak", "", null));
        plans.propose(locked, fixtures.id("sba"));
        plans.approve(locked, fixtures.id("sba"));
        plans.approve(locked, fixtures.id("khj"));

        reminders.sendDueReminders();
        int afterFirstRun = count();
        reminders.sendDueReminders();
        reminders.sendDueReminders();

        assertThat(count()).as("no duplicates when the job runs again").isEqualTo(afterFirstRun);
        assertThat(reminders.unread(leader)).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReminderService.Kind.PREPARE);
            assertThat(r.link()).isEqualTo("samtale/" + lus + "/forberedelse");
        });
        assertThat(reminders.unread(prepared)).noneMatch(r -> r.link().contains(lus.toString()));
        assertThat(reminders.unread(fixtures.id("khj"))).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReminderService.Kind.FOLLOW_UP);
            assertThat(r.message()).contains("Opfølgning på kursus");
        });

        var first = reminders.unread(leader).get(0);
        reminders.markRead(first.id(), leader);
        reminders.sendDueReminders();
        assertThat(reminders.unread(leader)).extracting(ReminderService.Reminder::id).doesNotContain(first.id());
    }

    private int count() {
        return jdbc.sql("select count(*) from reminder").query(Integer.class).single();
    }
}
