package dk.samtalebordet.table;

import dk.samtalebordet.App;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.notification.ReminderService;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.TableState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the server in the middle of a conversation loses nothing anyone saw. */
class RestartTest {

    @TempDir
    Path dataDir;
    private List<String> database;

    @Test
    void everythingOnTheTableSurvivesARestartAndRemindersAreNotSentAgain() {
        UUID conversation;
        int reminders;
        long leader;
        long question;
        long perspective;
        try (ConfigurableApplicationContext first = start()) {
            ConversationFixtures fixtures = first.getBean(ConversationFixtures.class);
            LiveTableService table = first.getBean(LiveTableService.class);
            NoteService notes = first.getBean(NoteService.class);
            AgreementService agreements = first.getBean(AgreementService.class);
            conversation = fixtures.mus("mos", "jph");
            leader = fixtures.id("mos");
            TableState state = table.state(conversation, leader);
            question = state.concept().allQuestions().get(4).id();
            perspective = state.concept().perspectives().get(1).id();
            table.focus(conversation, leader, question);
            table.reword(conversation, leader, question, "Hvem samarbejder du bedst med?");
            table.setPiece(conversation, fixtures.id("jph"), PieceKind.STIKORD, "Sparring", true);
            notes.saveNote(conversation, fixtures.id("jph"), perspective, "Mere sparring med driften", 0);
            agreements.addAgreement(conversation, fixtures.id("jph"), perspective,
                    new AgreementFields("Fast sparring hver 14. dag", "Jens Peter", "Fra januar", "Mads",
                            "Ved næste MUS"));
            first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("update conversation set starts_at = ? where id = ?")
                    .params(java.sql.Timestamp.from(java.time.Instant.now().plus(java.time.Duration.ofDays(2))),
                            conversation).update();
            first.getBean(ReminderService.class).sendDueReminders();
            reminders = reminderCount(first);
            assertThat(reminders).as("both participants are unprepared").isGreaterThanOrEqualTo(2);
        }
        try (ConfigurableApplicationContext second = start()) {
            second.getBean(ReminderService.class).sendDueReminders();
            assertThat(reminderCount(second)).as("no reminder twice after a restart").isEqualTo(reminders);
            TableState after = second.getBean(LiveTableService.class).state(conversation, leader);
            assertThat(after.focusedQuestionId()).isEqualTo(question);
            assertThat(after.questions().get(question).wording()).isEqualTo("Hvem samarbejder du bedst med?");
            assertThat(after.pieces()).extracting(TableModel.PlacedPiece::key).containsExactly("Sparring");
            assertThat(after.notes().get(perspective).text()).isEqualTo("Mere sparring med driften");
            assertThat(after.agreements()).singleElement()
                    .satisfies(a -> assertThat(a.fields().responsible()).isEqualTo("Mads"));
        }
    }

    private static int reminderCount(ConfigurableApplicationContext context) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from reminder").query(Integer.class).single();
    }

    /** The database both starts use: an H2 file in the data folder, as `./mvnw spring-boot:run` keeps it. */
    protected List<String> database() {
        return List.of("--samtalebordet.data-dir=" + dataDir);
    }

    private ConfigurableApplicationContext start() {
        if (database == null) {
            database = database();
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        arguments.addAll(database);
        return new SpringApplicationBuilder(App.class).profiles("demo").run(arguments.toArray(String[]::new));
    }
}
