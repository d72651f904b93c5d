package dk.samtalebordet.table;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationEvent;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.note.NoteModel;
import dk.samtalebordet.note.NoteModel.NoteState;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.TableState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the live table, enforced by the service whatever the client sends. */
@IntegrationTest
class LiveTableServiceTest {

    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;
    @Autowired
    AgreementService agreements;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveEventBus bus;
    @Autowired
    PresenceService presence;
    @Autowired
    JdbcClient jdbc;

    UUID conversation;
    long leader;
    long employee;
    final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    LiveEventBus.Subscription subscription;

    @BeforeEach
    void createConversation() {
        conversation = fixtures.mus("mos", "cfr");
        leader = fixtures.id("mos");
        employee = fixtures.id("cfr");
        subscription = bus.subscribe(LiveEvent.conversation(conversation), events::add);
    }

    @AfterEach
    void unsubscribe() {
        subscription.cancel();
    }

    @Test
    void aParticipantSeesTheWholeTableWithTheConceptsNineQuestions() {
        TableState state = table.state(conversation, employee);

        assertThat(state.concept().allQuestions()).hasSize(9);
        assertThat(state.questions()).hasSize(9);
        assertThat(state.participants()).extracting(ParticipantView::fullName)
                .containsExactly("Mads Østergaard", "Camilla Frost");
        assertThat(state.iAmLeader()).isFalse();
        assertThat(state.notes()).hasSize(3).allSatisfy((id, n) -> assertThat(n.text()).isEmpty());
    }

    @Test
    void someoneOutsideTheConversationIsToldItDoesNotExist() {
        long otherEmployee = fixtures.id("jph");
        long otherLeader = fixtures.id("sba");
        long hr = fixtures.id("bsm");
        long admin = fixtures.id("admin");
        long director = fixtures.id("hlk");
        for (long outsider : new long[] {otherEmployee, otherLeader, hr, admin, director}) {
            assertThatThrownBy(() -> table.state(conversation, outsider))
                    .isInstanceOf(ConversationException.NotFound.class);
            assertThatThrownBy(() -> table.setPiece(conversation, outsider, PieceKind.STIKORD, "Mod", true))
                    .isInstanceOf(ConversationException.NotFound.class);
        }
        assertThatThrownBy(() -> table.state(UUID.randomUUID(), leader))
                .isInstanceOf(ConversationException.NotFound.class);
        assertThat(table.state(conversation, leader).pieces()).isEmpty();
    }

    @Test
    void changesAreStoredAndThenPublished() {
        long question = table.state(conversation, leader).concept().allQuestions().get(0).id();

        table.focus(conversation, employee, question);
        table.setPiece(conversation, employee, PieceKind.STIKORD, "Work-life balance", true);
        table.setPiece(conversation, leader, PieceKind.PICTURE, "bro", true);
        table.setDiscussed(conversation, leader, question, true);

        TableState state = table.state(conversation, leader);
        assertThat(state.focusedQuestionId()).isEqualTo(question);
        assertThat(state.pieces()).extracting(TableModel.PlacedPiece::key, TableModel.PlacedPiece::placedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Work-life balance", employee),
                        org.assertj.core.groups.Tuple.tuple("bro", leader));
        assertThat(state.questions().get(question).discussed()).isTrue();
        assertThat(state.questions().get(question).onTable()).as("a discussed piece lies on the table").isTrue();
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(((ConversationEvent) e).conversationId())
                .isEqualTo(conversation));
    }

    @Test
    void onlyTheLeaderRewordsAndTheOriginalStays() {
        var q = table.state(conversation, leader).concept().allQuestions().get(3);

        assertThatThrownBy(() -> table.reword(conversation, employee, q.id(), "Noget andet?"))
                .isInstanceOf(ConversationException.NotAllowed.class);
        table.reword(conversation, leader, q.id(), "Hvordan samarbejder du med driften?");

        TableState state = table.state(conversation, employee);
        assertThat(state.questions().get(q.id()).wording()).isEqualTo("Hvordan samarbejder du med driften?");
        assertThat(state.questions().get(q.id()).rewordedBy()).isEqualTo(leader);
        assertThat(state.concept().allQuestions().get(3).text()).isEqualTo(q.text());

        table.reword(conversation, leader, q.id(), "  ");
        assertThat(table.state(conversation, employee).questions().get(q.id()).wording()).isNull();
    }

    @Test
    void tooLongTextIsRefusedAndNothingIsStoredOrCut() {
        long perspective = table.state(conversation, leader).concept().perspectives().get(0).id();
        NoteState first = notes.saveNote(conversation, leader, perspective, "Første note", 0);

        String tooLong = "x".repeat(NoteModel.NOTE_MAX + 1);
        assertThatThrownBy(() -> notes.saveNote(conversation, leader, perspective, tooLong, first.version()))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("conversation.error.too-long");
                    assertThat(e.args()).containsExactly("conversation.field.notes", NoteModel.NOTE_MAX,
                            NoteModel.NOTE_MAX + 1);
                });
        assertThatThrownBy(() -> agreements.addAgreement(conversation, employee, perspective,
                new AgreementFields("Kursus", "x".repeat(201), "", "", "")))
                .isInstanceOf(ConversationException.InvalidInput.class);
        assertThatThrownBy(() -> agreements.addAgreement(conversation, employee, perspective,
                new AgreementFields("   ", "Camilla", "", "", "")))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("conversation.error.what-required"));

        TableState state = table.state(conversation, leader);
        assertThat(state.notes().get(perspective).text()).isEqualTo("Første note");
        assertThat(state.agreements()).isEmpty();
    }

    @Test
    void htmlIsStoredAsTheTextThatWasTyped() {
        String html = "<b>fed</b><script>alert(1)</script> & \"citat\"";
        AgreementView a = agreements.addAgreement(conversation, employee, null,
                new AgreementFields(html, "", "", "Camilla", ""));

        assertThat(table.state(conversation, leader).agreements()).singleElement()
                .satisfies(stored -> assertThat(stored.fields().what()).isEqualTo(html));
        assertThat(a.perspectiveId()).isNull();
    }

    @Test
    void twoSavesFromTheSameVersionNeverOverwriteEachOtherUnseen() {
        long perspective = table.state(conversation, leader).concept().perspectives().get(1).id();
        NoteState base = notes.saveNote(conversation, leader, perspective, "Fælles udgangspunkt", 0);

        notes.saveNote(conversation, leader, perspective, "Mads' version", base.version());

        assertThatThrownBy(() -> notes.saveNote(conversation, employee, perspective, "Camillas version",
                base.version()))
                .isInstanceOfSatisfying(ConversationException.EditConflict.class,
                        e -> assertThat(e.args()).containsExactly("Mads Østergaard"));
        assertThat(table.state(conversation, employee).notes().get(perspective).text()).isEqualTo("Mads' version");
    }

    @Test
    void aFieldSomeoneTypesInIsTheirsUntilTheyLeaveIt() {
        long perspective = table.state(conversation, leader).concept().perspectives().get(2).id();
        String field = PresenceService.noteField(perspective);

        assertThat(presence.claim(conversation, field, employee)).isEmpty();
        assertThat(presence.claim(conversation, field, leader)).contains(employee);
        assertThatThrownBy(() -> notes.saveNote(conversation, leader, perspective, "Mads skriver", 0))
                .isInstanceOfSatisfying(ConversationException.FieldBusy.class,
                        e -> assertThat(e.args()).containsExactly("Camilla Frost"));
        assertThat(notes.saveNote(conversation, employee, perspective, "Camilla skriver", 0).text())
                .isEqualTo("Camilla skriver");

        presence.release(conversation, field, employee);
        assertThat(notes.saveNote(conversation, leader, perspective, "Nu Mads", 1).version()).isEqualTo(2);
    }

    @Test
    void agreementsAreEditedWithTheirVersionAndRemoved() {
        AgreementView a = agreements.addAgreement(conversation, employee, null,
                new AgreementFields("Kursus i projektledelse", "Camilla", "Q2 2027", "Mads", "Ved næste MUS"));
        AgreementView b = agreements.updateAgreement(conversation, leader, a.id(),
                new AgreementFields("Kursus i agil projektledelse", "Camilla", "Q2 2027", "Mads", "1. juni"),
                a.version());
        assertThat(b.version()).isEqualTo(2);

        assertThatThrownBy(() -> agreements.updateAgreement(conversation, employee, a.id(),
                new AgreementFields("Forældet", "", "", "Mads", ""), a.version()))
                .isInstanceOf(ConversationException.EditConflict.class);

        agreements.removeAgreement(conversation, employee, a.id());
        assertThat(table.state(conversation, leader).agreements()).isEmpty();
    }

    @Test
    void aLockedConversationRefusesEveryChange() {
        long question = table.state(conversation, leader).concept().allQuestions().get(0).id();
        long perspective = table.state(conversation, leader).concept().perspectives().get(0).id();
        AgreementView a = agreements.addAgreement(conversation, employee, null,
                new AgreementFields("Mentorordning", "", "", "Mads", ""));
        jdbc.sql("update conversation set status = 'LOCKED' where id = ?").param(conversation).update();
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        events.clear();

        List<Runnable> changes = List.of(
                () -> table.focus(conversation, leader, question),
                () -> table.setOnTable(conversation, leader, question, true),
                () -> table.setDiscussed(conversation, employee, question, true),
                () -> table.reword(conversation, leader, question, "Ny"),
                () -> table.setPiece(conversation, employee, PieceKind.STIKORD, "Mod", true),
                () -> notes.saveNote(conversation, employee, perspective, "Efter låsning", 0),
                () -> agreements.addAgreement(conversation, employee, null, new AgreementFields("Sneget ind", "", "", "Mads", "")),
                () -> agreements.updateAgreement(conversation, leader, a.id(),
                        new AgreementFields("Ændret", "", "", "Mads", ""), a.version()),
                () -> agreements.removeAgreement(conversation, leader, a.id()));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(ConversationException.NotEditable.class);
        }
        TableState state = table.state(conversation, leader);
        assertThat(state.agreements()).singleElement().satisfies(x -> assertThat(x.fields().what())
                .isEqualTo("Mentorordning"));
        assertThat(state.pieces()).isEmpty();
        assertThat(state.focusedQuestionId()).isNull();
        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void anAgreementForOnePersonMustNameAnEmployeeOfTheGroup() {
        UUID group = fixtures.create(ConversationKind.GRUS, "albertslund-mus", "sba", "khj", "rda");
        long groupLeader = fixtures.id("sba");
        long inGroup = fixtures.id("khj");
        agreements.addAgreement(group, groupLeader, null, forPerson("Kursus i Excel", inGroup));
        for (long notAnEmployeeOfIt : new long[] {groupLeader, fixtures.id("cfr")}) {
            assertThatThrownBy(() -> agreements.addAgreement(group, groupLeader, null,
                    forPerson("Sneget ind", notAnEmployeeOfIt)))
                    .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                            e -> assertThat(e.messageKey()).isEqualTo("conversation.error.for-person"));
        }
        AgreementView mine = agreements.addAgreement(conversation, leader, null,
                new AgreementFields("Mentorordning", "", "", "Mads", ""));
        assertThatThrownBy(() -> agreements.updateAgreement(conversation, leader, mine.id(),
                forPerson("Mentorordning", employee), mine.version()))
                .as("a MUS has no group: its agreements are the employee's")
                .isInstanceOf(ConversationException.InvalidInput.class);
        assertThat(table.state(group, groupLeader).agreements()).extracting(a -> a.fields().forPersonId())
                .containsExactly(inGroup);
        assertThat(table.state(conversation, leader).agreements()).extracting(a -> a.fields().forPersonId())
                .containsOnlyNulls();
    }

    private static AgreementFields forPerson(String what, long personId) {
        return new AgreementFields(what, "", "", "Mads", null, "", "", personId);
    }
}
