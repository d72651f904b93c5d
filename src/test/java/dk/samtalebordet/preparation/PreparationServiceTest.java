package dk.samtalebordet.preparation;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.preparation.Preparation.ParticipantPreparation;
import dk.samtalebordet.preparation.Preparation.Status;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing exactly 3 stikord, sharing them, the blind reveal, and private notes that stay private. */
@IntegrationTest
class PreparationServiceTest {

    @Autowired
    PreparationService preparations;
    @Autowired
    LiveTableService table;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void moreOrFewerThanThreeStikordAreRefusedWithAClearMessage() {
        UUID id = fixtures.mus("mos", "jph");
        long employee = fixtures.id("jph");

        for (List<String> wrong : List.of(List.of("Mod", "Ansvar"), List.of("Mod", "Ansvar", "Ledelse", "Møder"),
                List.of("Mod", "Mod", "Ansvar"), List.<String>of())) {
            assertThatThrownBy(() -> preparations.chooseStikord(id, employee, wrong)).as(wrong.toString())
                    .isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("conversation.error.three-stikord");
                        assertThat(e.args()[0]).isEqualTo(3);
                    });
        }
        assertThatThrownBy(() -> preparations.chooseStikord(id, employee, List.of("Mod", "Ansvar", "Kaffe")))
                .isInstanceOf(ConversationException.InvalidInput.class);
        assertThat(preparations.view(id, employee).mine().status()).isEqualTo(Status.NOT_STARTED);

        preparations.chooseStikord(id, employee, List.of("Mod", "Ansvar", "Work-life balance"));
        preparations.chooseStikord(id, employee, List.of("Mod", "Ansvar", "Mål og retning"));
        assertThat(preparations.view(id, employee).mine().stikord()).containsExactly("Mod", "Ansvar",
                "Mål og retning");
        assertThat(preparations.view(id, employee).mine().status()).isEqualTo(Status.CHOSEN);
    }

    @Test
    void sharedStikordAreSeenByTheOthersAndChangesStopWhenTheConversationStarts() {
        UUID id = fixtures.mus("mos", "lno");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("lno");
        assertThatThrownBy(() -> preparations.share(id, employee))
                .isInstanceOf(ConversationException.InvalidInput.class);
        preparations.chooseStikord(id, employee, List.of("Kollegaer", "Sparring", "Fravær"));
        assertThat(other(id, leader, employee).stikord()).as("chosen but not shared").isEmpty();

        preparations.share(id, employee);

        assertThat(other(id, leader, employee).status()).isEqualTo(Status.SHARED);
        assertThat(other(id, leader, employee).stikord()).containsExactly("Kollegaer", "Sparring", "Fravær");
        jdbc.sql("update conversation set starts_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), id).update();
        assertThat(preparations.view(id, employee).canChange()).isFalse();
        assertThatThrownBy(() -> preparations.chooseStikord(id, employee, List.of("Mod", "Ansvar", "Ledelse")))
                .isInstanceOf(ConversationException.NotEditable.class);
    }

    @Test
    void aBlindRevealOnlyHappensWhenEverybodyHasChosen() {
        UUID id = fixtures.create(ConversationKind.GRUS, "albertslund-mus", true, "sba", "khj", "rda");
        long leader = fixtures.id("sba");
        long khj = fixtures.id("khj");
        long rda = fixtures.id("rda");
        preparations.chooseStikord(id, khj, List.of("Relationer", "Samarbejde", "Feedback"));
        preparations.share(id, khj);
        preparations.chooseStikord(id, leader, List.of("Ledelse", "Feedback", "Mål og retning"));
        preparations.share(id, leader);

        assertThat(other(id, rda, khj).stikord()).as("rda has not chosen yet").isEmpty();
        assertThat(other(id, leader, khj).stikord()).isEmpty();
        assertThat(other(id, rda, khj).status()).isEqualTo(Status.SHARED);

        preparations.chooseStikord(id, rda, List.of("Udvikling", "Kompetencer", "Feedback"));

        assertThat(other(id, leader, khj).stikord()).containsExactly("Relationer", "Samarbejde", "Feedback");
        assertThat(other(id, rda, leader).stikord()).containsExactly("Ledelse", "Feedback", "Mål og retning");
        assertThat(other(id, khj, rda).stikord()).as("rda chose but has not shared").isEmpty();
    }

    @Test
    void privateNotesAreSeenByTheirAuthorAloneThroughEveryRoute() {
        UUID id = fixtures.create(ConversationKind.GRUS, "albertslund-mus", "mos", "ama", "cfr");
        long author = fixtures.id("ama");
        long question = table.state(id, author).concept().allQuestions().get(1).id();
        String secret = "Min private tanke: jeg overvejer at søge væk";

        preparations.savePrivateNote(id, author, question, secret);

        assertThat(preparations.view(id, author).privateNotes()).containsEntry(question, secret);
        for (String reader : List.of("mos", "cfr")) {
            assertThat(preparations.view(id, fixtures.id(reader)).privateNotes()).as(reader).isEmpty();
            assertThat(table.state(id, fixtures.id(reader)).toString()).as(reader).doesNotContain(secret);
        }
        for (String outsider : List.of("bsm", "admin", "jph", "sba", "hlk")) {
            assertThatThrownBy(() -> preparations.view(id, fixtures.id(outsider))).as(outsider)
                    .isInstanceOf(ConversationException.NotFound.class);
        }
        assertThat(table.state(id, author).toString()).doesNotContain(secret);
    }

    private ParticipantPreparation other(UUID id, long viewer, long person) {
        return preparations.view(id, viewer).participants().stream().filter(p -> p.personId() == person)
                .findFirst().orElseThrow();
    }
}
