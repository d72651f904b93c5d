package dk.samtalebordet.conversation;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.overview.ConversationListItem;
import dk.samtalebordet.overview.ConversationOverviewService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may hold which kind of conversation with whom, and what a new conversation needs. */
@IntegrationTest
class ConversationServiceTest {

    @Autowired
    ConversationService conversations;
    @Autowired
    ConversationOverviewService overview;
    @Autowired
    LiveTableService table;
    @Autowired
    ConceptService concepts;
    @Autowired
    ConversationFixtures fixtures;

    private NewConversation request(ConversationKind kind, String concept, Form form, String videoLink,
                                    String... employees) {
        return new NewConversation(kind, concepts.findLatest(concept).orElseThrow().id(), Variant.SKEMA, form,
                Instant.now().plus(3, ChronoUnit.DAYS), 90, "Mødelokale 1", videoLink,
                java.util.Arrays.stream(employees).map(fixtures::id).toList());
    }

    @Test
    void aLeaderCreatesAMusWithTheirEmployeeAndBothSeeIt() {
        UUID id = conversations.create(request(ConversationKind.MUS, "albertslund-mus", Form.WALK_AND_TALK, null,
                "ama"), fixtures.id("mos"));

        assertThat(overview.conversationsOf(fixtures.id("ama"))).extracting(ConversationListItem::id).contains(id);
        assertThat(overview.conversationsOf(fixtures.id("mos"))).filteredOn(i -> i.id().equals(id))
                .singleElement().satisfies(i -> {
                    assertThat(i.myRole()).isEqualTo(ParticipantRole.LEADER);
                    assertThat(i.otherParticipants()).containsExactly("Aisha Mahmoud");
                    assertThat(i.form()).isEqualTo(Form.WALK_AND_TALK);
                    assertThat(i.durationMinutes()).isEqualTo(90);
                });
        assertThat(table.state(id, fixtures.id("ama")).variant()).isEqualTo(Variant.SKEMA);
    }

    @Test
    void aMusIsHeldOnlyWithOnesOwnEmployees() {
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.VED_BORDET, null, "khj"), fixtures.id("mos")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.own-employees"));
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.VED_BORDET, null, "ama", "lno"), fixtures.id("mos")))
                .isInstanceOf(ConversationException.InvalidInput.class);
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.VED_BORDET, null, "ama"), fixtures.id("jph")))
                .isInstanceOf(ConversationException.NotAllowed.class);
    }

    @Test
    void aGrusNeedsAGroupAndALusIsHeldByTheLeadersLeader() {
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.GRUS, "albertslund-mus",
                Form.VED_BORDET, null, "khj"), fixtures.id("sba")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.group-size"));
        UUID grus = conversations.create(request(ConversationKind.GRUS, "albertslund-mus", Form.VED_BORDET, null,
                "khj", "rda", "eyi"), fixtures.id("sba"));
        assertThat(table.state(grus, fixtures.id("eyi")).participants()).hasSize(4);

        assertThat(conversations.candidates(fixtures.id("hlk"), ConversationKind.LUS))
                .extracting(p -> p.username()).containsExactlyInAnyOrder("mos", "sba");
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.LUS, "albertslund-lus",
                Form.VED_BORDET, null, "bsm"), fixtures.id("hlk")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.lus-own-leaders"));
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.LUS, "albertslund-mus",
                Form.VED_BORDET, null, "mos"), fixtures.id("hlk")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.concept-kind"));
        UUID lus = conversations.create(request(ConversationKind.LUS, "albertslund-lus", Form.VED_BORDET, null,
                "mos"), fixtures.id("hlk"));
        assertThat(table.state(lus, fixtures.id("mos")).participant(fixtures.id("hlk")))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(ParticipantRole.LEADER));
    }

    @Test
    void anOnlineConversationNeedsAWebVideoLink() {
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.ONLINE, null, "lno"), fixtures.id("mos")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.video-link-required"));
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.ONLINE, "javascript:alert(1)", "lno"), fixtures.id("mos")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.video-link"));
        assertThatThrownBy(() -> conversations.create(request(ConversationKind.MUS, "albertslund-mus",
                Form.ONLINE, "http://moede.example/mus", "lno"), fixtures.id("mos")))
                .as("a plain http link, as the message says: https only")
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.video-link"));
        UUID id = conversations.create(request(ConversationKind.MUS, "albertslund-mus", Form.ONLINE,
                "https://moede.example/mus", "lno"), fixtures.id("mos"));
        assertThat(table.state(id, fixtures.id("lno")).videoLink()).isEqualTo("https://moede.example/mus");
        assertThatThrownBy(() -> conversations.reschedule(id, fixtures.id("mos"), Instant.now().plus(4,
                ChronoUnit.DAYS), 60, "", "http://moede.example/mus"))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("conversation.field.video-link"));
    }

    @Test
    void movingAConversationChecksEveryRuleOfANewOneAndNamesTheField() {
        UUID id = fixtures.mus("mos", "jph");
        long mos = fixtures.id("mos");
        Instant soon = Instant.now().plus(5, ChronoUnit.DAYS);
        assertThatThrownBy(() -> conversations.reschedule(id, mos, soon, 60, "x".repeat(301), ""))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("conversation.field.place");
                    assertThat(e.messageKey()).isEqualTo("conversation.error.too-long");
                });
        assertThatThrownBy(() -> conversations.reschedule(id, mos, Instant.now().plus(800, ChronoUnit.DAYS), 60,
                "", "")).isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("conversation.field.starts-at");
                    assertThat(e.messageKey()).isEqualTo("conversation.error.start-too-far");
                });
        assertThatThrownBy(() -> conversations.create(new NewConversation(ConversationKind.MUS,
                concepts.findLatest("albertslund-mus").orElseThrow().id(), Variant.SKEMA, Form.VED_BORDET,
                Instant.parse("9999-03-01T09:00:00Z"), 90, "", null, java.util.List.of(fixtures.id("lno"))),
                mos)).isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.start-too-far"));
        conversations.reschedule(id, mos, soon, 60, "x".repeat(300), "");
        assertThat(table.state(id, mos).place()).hasSize(300);
    }

    @Test
    void theEmployeeOverviewShowsTheNextPlannedMus() {
        conversations.create(request(ConversationKind.MUS, "albertslund-mus", Form.VED_BORDET, null, "rda"),
                fixtures.id("sba"));

        assertThat(overview.employeesOf(fixtures.id("sba"))).filteredOn(e -> e.employee().username().equals("rda"))
                .singleElement().satisfies(e -> assertThat(e.nextMus()).isNotNull());
    }
}
