package dk.samtalebordet.agreement;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The look back: last year's agreements at this year's table, and videreført carries one into the new plan. */
@IntegrationTest
class LookBackTest {

    @Autowired
    FollowUpService followUp;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ConversationFixtures fixtures;

    @Test
    void videreførtCarriesAnAgreementIntoTheNewPlanLinkedToTheOldOne() {
        long leader = fixtures.id("sba");
        long employee = fixtures.id("rda");
        UUID lastYear = fixtures.mus("sba", "rda");
        AgreementView carried = agreements.addAgreement(lastYear, employee, null, new AgreementFields("Miljøkursus",
                "Rasmus", "I løbet af året", "Sofie Bech Andersen",
                LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(10), "Ved næste MUS", "Bedre tilsyn", null));
        AgreementView done = agreements.addAgreement(lastYear, employee, null,
                new AgreementFields("Ny skærm", "", "", "Sofie Bech Andersen", ""));
        plans.lock(lastYear, leader, employee);
        UUID thisYear = fixtures.mus("sba", "rda");

        assertThat(followUp.previousAgreements(thisYear, employee)).extracting(i -> i.agreement().agreementId())
                .contains(carried.id(), done.id());
        assertThat(followUp.previousAgreements(thisYear, leader)).extracting(i -> i.agreement().agreementId())
                .contains(carried.id(), done.id());
        assertThatThrownBy(() -> followUp.previousAgreements(thisYear, fixtures.id("khj")))
                .isInstanceOf(ConversationException.NotFound.class);

        followUp.markPrevious(thisYear, leader, done.id(), FollowUpStatus.GENNEMFOERT);
        followUp.markPrevious(thisYear, employee, carried.id(), FollowUpStatus.VIDEREFOERT);

        assertThat(table.state(thisYear, leader).agreements()).singleElement().satisfies(a -> {
            assertThat(a.carriedFrom()).isEqualTo(carried.id());
            assertThat(a.fields().what()).isEqualTo("Miljøkursus");
            assertThat(a.fields().responsible()).isEqualTo("Sofie Bech Andersen");
            assertThat(a.fields().value()).isEqualTo("Bedre tilsyn");
        });
        assertThat(followUp.previousAgreements(thisYear, employee))
                .filteredOn(i -> i.agreement().agreementId().equals(carried.id()))
                .singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(FollowUpStatus.VIDEREFOERT));
        assertThat(followUp.previousAgreements(thisYear, employee))
                .filteredOn(i -> i.agreement().agreementId().equals(done.id()))
                .singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(FollowUpStatus.GENNEMFOERT);
                    assertThat(i.changedBy()).isEqualTo("Sofie Bech Andersen");
                });
        assertThat(table.state(lastYear, leader).agreements()).extracting(a -> a.fields().what())
                .containsExactly("Miljøkursus", "Ny skærm");
    }
}
