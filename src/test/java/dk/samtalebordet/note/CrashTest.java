package dk.samtalebordet.note;

import dk.samtalebordet.App;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed change survives a hard crash: a server process, configured as in production (the embedded H2 file
 * database of {@code application.properties}), saves a note again and again and reports each save once the
 * service returned; it is killed with SIGKILL in the middle of that, and the database is read back.
 */
class CrashTest {

    private static final String TEXT = "Jens Peter vil gerne have mere ansvar for driften af de grønne områder, "
            + "og vi aftaler sparring hver fjortende dag om planlægningen af sæsonen.";

    @TempDir
    Path dataDir;

    @Test
    void everySaveTheServerHadConfirmedIsStillThereAfterTheServerWasKilled() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        StringBuilder said = new StringBuilder();
        UUID conversation = null;
        long perspective = 0;
        int confirmed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] words = line.split(" ");
                if (words[0].equals("conversation")) {
                    conversation = UUID.fromString(words[1]);
                    perspective = Long.parseLong(words[2]);
                } else if (words[0].equals("saved")) {
                    confirmed = Integer.parseInt(words[1]);
                    if (confirmed == 60) {
                        server.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
                        break;
                    }
                } else {
                    said.append(line).append('\n');
                }
            }
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).as("saves confirmed before the kill; the server said:%n%s", said).isEqualTo(60);

        // the password the application generated for its database on its first start
        String password = java.nio.file.Files.readString(dataDir.resolve("samtalebordet.password")).strip();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("samtalebordet"), "sa",
                password);
             PreparedStatement read = db.prepareStatement("select version, text from conversation_note "
                     + "where conversation_id = ? and perspective_id = ?")) {
            read.setObject(1, conversation);
            read.setLong(2, perspective);
            try (ResultSet rs = read.executeQuery()) {
                assertThat(rs.next()).as("the note is stored").isTrue();
                assertThat(rs.getLong(1)).as("the stored version").isGreaterThanOrEqualTo(confirmed);
                assertThat(rs.getString(2)).as("the stored text").startsWith(TEXT.substring(0, confirmed));
            }
        }
    }

    /** The server: the whole application, saving one more character of a note per save. */
    public static final class Writer {

        public static void main(String[] args) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class)
                    .profiles("demo")
                    .run("--server.port=0", "--samtalebordet.data-dir=" + args[0], "--spring.main.banner-mode=off",
                            "--logging.level.root=WARN");
            ConversationFixtures fixtures = app.getBean(ConversationFixtures.class);
            LiveTableService table = app.getBean(LiveTableService.class);
            NoteService notes = app.getBean(NoteService.class);
            UUID id = fixtures.mus("mos", "jph");
            long employee = fixtures.id("jph");
            long perspective = table.state(id, employee).concept().perspectives().get(0).id();
            System.out.println("conversation " + id + " " + perspective);
            System.out.flush();
            long version = 0;
            for (int length = 1; length <= TEXT.length(); length++) {
                version = notes.saveNote(id, employee, perspective, TEXT.substring(0, length), version).version();
                System.out.println("saved " + version);
                System.out.flush();
            }
            app.close();
        }
    }
}
