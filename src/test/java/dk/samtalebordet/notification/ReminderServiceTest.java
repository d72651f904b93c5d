package dk.samtalebordet.notification;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.LiveTableService;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
    AgreementService agreements;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LockProvider locks;

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
        agreements.addAgreement(locked, fixtures.id("khj"), null, new AgreementFields("Opfølgning på kursus", "", "",
                "Kirsten Holm Jensen", inFiveDays, "Kort snak", "", null));
        plans.lock(locked, fixtures.id("sba"), fixtures.id("khj"));

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
            assertThat(r.text(java.util.Locale.forLanguageTag("da-DK"))).contains("Opfølgning på kursus")
                    .contains("skal følges op senest");
            assertThat(r.text(java.util.Locale.ENGLISH)).contains("Opfølgning på kursus").contains("follow");
        });

        var first = reminders.unread(leader).get(0);
        reminders.markRead(first.id(), leader);
        reminders.sendDueReminders();
        assertThat(reminders.unread(leader)).extracting(ReminderService.Reminder::id).doesNotContain(first.id());
    }

    @Test
    void theScheduledRunSkipsItsTurnWhileAnotherNodeHoldsTheJobsLock() {
        UUID lus = fixtures.create(dk.samtalebordet.concept.ConversationKind.LUS, "albertslund-lus", "hlk", "sba");
        jdbc.sql("update conversation set starts_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)), lus).update();
        int before = count();

        // another node's run: it holds the job's row in the database
        Optional<SimpleLock> otherNode = locks.lock(new LockConfiguration(Instant.now(), "reminders",
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNode).as("the lock is free to take").isPresent();
        assertThat(locks.lock(new LockConfiguration(Instant.now(), "reminders", Duration.ofMinutes(5),
                Duration.ZERO))).as("a third node cannot take it too").isEmpty();
        reminders.onSchedule();
        assertThat(count()).as("this node skipped its turn").isEqualTo(before);

        otherNode.get().unlock();
        reminders.onSchedule();
        assertThat(count()).as("its next turn sends them").isGreaterThanOrEqualTo(before + 2);
    }

    private int count() {
        return jdbc.sql("select count(*) from reminder").query(Integer.class).single();
    }
}
