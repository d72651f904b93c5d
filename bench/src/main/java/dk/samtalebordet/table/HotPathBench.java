package dk.samtalebordet.table;

import dk.samtalebordet.App;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The SQL statements one change of the live table costs the server that stores it, counted by the database
 * itself (H2's query statistics): laying a stikord, focusing a question, saving a note, adding an agreement; and
 * what one following page then reads again for the event. Each figure is the mean over {@code n} changes on a
 * warm application with the demo data. Nothing is asserted. {@code HotPathBench [n]}.
 */
public final class HotPathBench {

    private HotPathBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class).profiles("demo")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:mem:hot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ConversationFixtures fixtures = app.getBean(ConversationFixtures.class);
            LiveTableService table = app.getBean(LiveTableService.class);
            NoteService notes = app.getBean(NoteService.class);
            AgreementService agreements = app.getBean(AgreementService.class);
            UUID conversation = fixtures.mus("mos", "jph");
            long leader = fixtures.id("mos");
            long employee = fixtures.id("jph");
            var concept = table.state(conversation, leader).concept();
            long perspective = concept.perspectives().get(0).id();
            List<Long> questions = concept.allQuestions().stream().map(q -> q.id()).toList();
            long[] version = {0};
            Map<String, Runnable> changes = new LinkedHashMap<>();
            changes.put("Lay a stikord on the table (or take it off)", new Runnable() {
                private int i;

                public void run() {
                    table.setPiece(conversation, leader, PieceKind.STIKORD, "Motivation", i++ % 2 == 0);
                }
            });
            changes.put("Focus a question", new Runnable() {
                private int i;

                public void run() {
                    table.focus(conversation, leader, questions.get(i++ % questions.size()));
                }
            });
            changes.put("Save a note", () -> version[0] = notes.saveNote(conversation, employee, perspective,
                    "Note " + version[0], version[0]).version());
            changes.put("Add an agreement", () -> agreements.addAgreement(conversation, employee, perspective,
                    new AgreementFields("Aftale", "Jens Peter", "Snart", "Mads", null, "Ved næste MUS", "", null)));
            changes.put("A following page reads the piece again", () -> table.piece(conversation, employee,
                    PieceKind.STIKORD, "Motivation"));
            changes.put("A following page reads the note again", () -> notes.note(conversation, leader,
                    perspective));
            UUID agreement = agreements.addAgreement(conversation, employee, perspective, new AgreementFields(
                    "Aftale", "Jens Peter", "Snart", "Mads", null, "Ved næste MUS", "", null)).id();
            changes.put("A following page reads the agreement again", () -> agreements.agreement(conversation,
                    leader, agreement));
            changes.values().forEach(Runnable::run); // warm: caches, prepared statements
            jdbc.sql("set query_statistics_max_entries 1000").update();
            System.out.println("| Change | SQL statements per change |\n|---|---:|");
            for (Map.Entry<String, Runnable> change : changes.entrySet()) {
                jdbc.sql("set query_statistics false").update();
                jdbc.sql("set query_statistics true").update(); // starts the count afresh
                for (int i = 0; i < n; i++) {
                    change.getValue().run();
                }
                long statements = jdbc.sql("select coalesce(sum(execution_count), 0) from "
                        + "information_schema.query_statistics where sql_statement not like '%query_statistics%'")
                        .query(Long.class).single();
                System.out.printf(Locale.ROOT, "| %s | %.1f |%n", change.getKey(), statements / (double) n);
                if (System.getProperty("hotpath.statements") != null) {
                    jdbc.sql("select execution_count, sql_statement from information_schema.query_statistics "
                            + "where sql_statement not like '%query_statistics%' order by sql_statement")
                            .query((rs, i) -> "    " + rs.getLong(1) / n + " × " + rs.getString(2)).list()
                            .forEach(System.out::println);
                }
            }
        }
    }
}
