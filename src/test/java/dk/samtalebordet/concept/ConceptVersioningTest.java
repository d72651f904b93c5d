package dk.samtalebordet.concept;

import dk.samtalebordet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A concept never changes under a conversation: an edit is a new version, and seeding runs once. */
@IntegrationTest
class ConceptVersioningTest {

    @Autowired
    ConceptService concepts;
    @Autowired
    ConceptSeeder seeder;
    @Autowired
    ConceptRepository repository;
    @Autowired
    TransactionTemplate tx;

    @Test
    void revisingCreatesANewVersionAndLeavesTheOldOneUntouched() {
        ConceptDetails before = concepts.findLatest("hoeje-taastrup-mus").orElseThrow();
        String reworded = "Hvilke opgaver er du særlig glad for at have løst i år?";

        ConceptDetails revised = concepts.revise(before.id(),
                d -> d.withQuestionReworded("opgaver", 0, reworded).withQuestionAdded("andre-temaer",
                        "Hvad vil du gerne have mere af på arbejdspladsen?"), "admin");

        assertThat(revised.version()).isEqualTo(before.version() + 1);
        assertThat(revised.id()).isNotEqualTo(before.id());
        assertThat(revised.perspectives().get(2).questions().get(0).text()).isEqualTo(reworded);
        assertThat(revised.perspectives().get(6).questions()).hasSize(2);
        assertThat(revised.createdBy()).isEqualTo("admin");

        ConceptDetails old = concepts.find(before.id()).orElseThrow();
        assertThat(old).isEqualTo(before);
        assertThat(concepts.findLatest("hoeje-taastrup-mus").orElseThrow().id()).isEqualTo(revised.id());
        assertThat(concepts.versions("hoeje-taastrup-mus")).extracting(ConceptSummary::version)
                .startsWith(revised.version(), before.version());
    }

    @Test
    void aRevisionCannotRewordAPerspectiveThatDoesNotExist() {
        long id = concepts.findLatest("albertslund-lus").orElseThrow().id();
        long versionsBefore = repository.count();

        assertThatThrownBy(() -> concepts.revise(id, d -> d.withQuestionAdded("findes-ikke", "?"), "admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.count()).isEqualTo(versionsBefore);
    }

    @Test
    void seedingAgainChangesNothing() {
        long count = repository.count();
        String hash = concepts.storedHash("albertslund-mus", 1).orElseThrow();

        seeder.run(new DefaultApplicationArguments());

        assertThat(repository.count()).isEqualTo(count);
        assertThat(concepts.storedHash("albertslund-mus", 1)).contains(hash);
    }
}
