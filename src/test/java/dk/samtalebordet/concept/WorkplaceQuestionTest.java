package dk.samtalebordet.concept;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workplace's own questions: in new conversations of its unit, marked; old conversations keep what they had. */
@IntegrationTest
class WorkplaceQuestionTest {

    @Autowired
    ConceptService concepts;
    @Autowired
    ConversationService conversations;
    @Autowired
    LiveTableService table;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleService people;

    @Test
    void newConversationsInTheUnitIncludeTheQuestionAndOldOnesKeepWhatTheyHad() {
        PersonSummary leader = people.findById(fixtures.id("hlk")).orElseThrow();
        UUID before = fixtures.mus("hlk", "bsm");
        long base = concepts.findLatest("albertslund-mus").orElseThrow().id();

        assertThatThrownBy(() -> concepts.addWorkplaceQuestion(base, leader.orgUnitId(), leader.orgUnitName(),
                "struktur", "  ", "hlk")).isInstanceOfSatisfying(ConceptException.class,
                e -> assertThat(e.messageKey()).isEqualTo("concept.error.question-required"));
        ConceptDetails unit = concepts.addWorkplaceQuestion(base, leader.orgUnitId(), leader.orgUnitName(),
                "struktur", "Hvordan fungerer overdragelsen mellem driften og projekterne?", "hlk");

        assertThat(unit.name()).isEqualTo("Albertslund – MUS (Teknik og Miljø)");
        assertThat(unit.perspectives().get(1).questions()).hasSize(4).last().satisfies(q -> {
            assertThat(q.workplace()).isTrue();
            assertThat(q.text()).isEqualTo("Hvordan fungerer overdragelsen mellem driften og projekterne?");
        });
        assertThat(concepts.find(base).orElseThrow().allQuestions()).hasSize(9);

        UUID after = fixtures.mus("hlk", "bsm");
        assertThat(table.state(after, leader.id()).concept().allQuestions()).hasSize(10)
                .anyMatch(ConceptDetails.QuestionDetails::workplace);
        assertThat(table.state(before, leader.id()).concept().allQuestions()).hasSize(9)
                .noneMatch(ConceptDetails.QuestionDetails::workplace);
        UUID otherUnit = fixtures.mus("mos", "lno");
        assertThat(table.state(otherUnit, fixtures.id("mos")).concept().allQuestions()).hasSize(9);

        assertThat(conversations.conceptsFor(ConversationKind.MUS, leader.id())).extracting(ConceptSummary::name)
                .contains("Albertslund – MUS (Teknik og Miljø)").doesNotContain("Albertslund – MUS");
        assertThat(conversations.conceptsFor(ConversationKind.MUS, fixtures.id("mos")))
                .extracting(ConceptSummary::name).contains("Albertslund – MUS")
                .doesNotContain("Albertslund – MUS (Teknik og Miljø)");

        ConceptDetails second = concepts.addWorkplaceQuestion(unit.id(), leader.orgUnitId(), leader.orgUnitName(),
                "adfaerd", "Hvad giver dig energi i hverdagen?", "hlk");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.allQuestions()).hasSize(11).filteredOn(ConceptDetails.QuestionDetails::workplace)
                .hasSize(2);
    }
}
