package dk.samtalebordet.plan;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.agreement.FollowUpItem;
import dk.samtalebordet.conversation.ConversationEvents.ApprovalsWithdrawn;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.agreement.FollowUpStatus;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.archive.DocumentContent;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.Sha256;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Approval, withdrawal, lock, the filed PDF, who may read it, and the follow-up that leaves the plan alone. */
@IntegrationTest
class PlanServiceTest {

    @Autowired
    PlanService plans;
    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;
    @Autowired
    AgreementService agreements;
    @Autowired
    ArchiveService archive;
    @Autowired
    FollowUpService followUp;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PlanDocuments documents;
    @Autowired
    PreparationService preparations;
    @Autowired
    LiveEventBus bus;
    @Autowired
    JdbcClient jdbc;

    private static final LocalDate IN_A_MONTH = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusMonths(1);

    private AgreementFields agreement(String what) {
        return new AgreementFields(what, "Kirsten og Sofie", "Inden sommerferien", "Sofie Bech Andersen",
                IN_A_MONTH, "Kort status på teammødet", "Færre fejl i byggesager – til gavn for borgerne", null);
    }

    @Test
    void onlyTheLeaderProposesAndOnlyAPlanWithAgreements() {
        UUID id = fixtures.mus("sba", "khj");
        long leader = fixtures.id("sba");
        long employee = fixtures.id("khj");

        assertThatThrownBy(() -> plans.propose(id, leader)).isInstanceOfSatisfying(PlanException.class,
                e -> assertThat(e.messageKey()).isEqualTo("plan.error.no-agreements"));
        agreements.addAgreement(id, employee, null, agreement("Kursus i bygningsreglementet"));
        assertThatThrownBy(() -> plans.propose(id, employee)).isInstanceOfSatisfying(PlanException.class,
                e -> assertThat(e.messageKey()).isEqualTo("plan.error.only-leader-proposes"));
        assertThatThrownBy(() -> plans.approve(id, employee)).isInstanceOfSatisfying(PlanException.class,
                e -> assertThat(e.messageKey()).isEqualTo("plan.error.not-proposed"));

        plans.propose(id, leader);
        assertThat(plans.overview(id, employee).proposed()).isTrue();
    }

    @Test
    void anyChangeAfterAnApprovalWithdrawsTheApprovalsForEverybody() {
        UUID id = fixtures.mus("sba", "rda");
        long leader = fixtures.id("sba");
        long employee = fixtures.id("rda");
        AgreementView a = agreements.addAgreement(id, employee, null, agreement("Mentor i det første år"));
        plans.propose(id, leader);
        plans.approve(id, employee);
        assertThat(plans.overview(id, leader).approvals()).containsOnlyKeys(employee);
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        LiveEventBus.Subscription subscription = bus.subscribe(LiveEvent.conversation(id), events::add);

        agreements.updateAgreement(id, leader, a.id(), agreement("Mentor i de første to år"), a.version());

        assertThat(bus.awaitDelivered(Duration.ofSeconds(10))).isTrue();
        subscription.cancel();
        assertThat(plans.overview(id, employee).approvals()).isEmpty();
        assertThat(events).contains(new ApprovalsWithdrawn(id, leader));
        plans.approve(id, employee);
        table.setPiece(id, leader, PieceKind.STIKORD, "Sparring", true);
        assertThat(plans.overview(id, employee).approvals()).isEmpty();
        plans.approve(id, employee);
        plans.saveMinutes(id, leader, "Kort referat", employee, "");
        assertThat(plans.overview(id, employee).approvals()).isEmpty();
        assertThat(plans.overview(id, employee).writerId()).isEqualTo(employee);
        assertThatThrownBy(() -> plans.saveMinutes(id, employee, "Mit referat", null, ""))
                .as("started from minutes someone else has replaced since")
                .isInstanceOfSatisfying(PlanException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.minutes-changed"));
        assertThat(plans.overview(id, employee).minutes()).isEqualTo("Kort referat");
    }

    @Test
    void whenAllHaveApprovedThePlanIsLockedFiledAndEveryChangeIsRefused() throws Exception {
        UUID id = fixtures.mus("mos", "cfr");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("cfr");
        long perspective = table.state(id, leader).concept().perspectives().get(0).id();
        notes.saveNote(id, employee, perspective, "Glæde ved at løse opgaver på tværs; ønsker mere ansvar", 0);
        table.setPiece(id, employee, PieceKind.STIKORD, "Ansvar", true);
        table.setPiece(id, leader, PieceKind.PICTURE, "trappe", true);
        AgreementView a = agreements.addAgreement(id, employee, perspective, new AgreementFields(
                "Projektlederuddannelse – modul 1 (ÆØÅ æøå)", "Camilla Frost", "Efterår 2027", "Mads Østergaard",
                IN_A_MONTH, "Status på 1:1-møde", "Bedre styring af anlægsprojekter for borgerne", null));
        plans.saveMinutes(id, leader, "Vi talte om ansvar og udvikling.", leader, "");
        preparations.chooseStikord(id, employee, List.of("Motivation", "Feedback", "Kompetencer"));
        preparations.share(id, employee);
        preparations.savePrivateNote(id, employee, table.state(id, employee).concept().allQuestions().get(0).id(),
                "Privat: overvejer at søge andet job");
        plans.propose(id, leader);
        plans.approve(id, leader);
        assertThat(table.state(id, employee).status()).isEqualTo(ConversationStatus.PLANNED);

        plans.approve(id, employee);

        assertThat(table.state(id, employee).status()).isEqualTo(ConversationStatus.LOCKED);
        assertThat(table.state(id, employee).lockedAt()).isNotNull();
        List<ArchivedDocument> filed = archive.personnelFile(employee, employee);
        assertThat(filed).filteredOn(d -> d.conversationId().equals(id)).hasSize(1);
        ArchivedDocument document = archive.documentsOf(id, employee).get(0);
        DocumentContent mine = archive.download(document.id(), employee);
        DocumentContent leaders = archive.download(document.id(), leader);
        assertThat(leaders.bytes()).isEqualTo(mine.bytes());
        assertThat(Sha256.hex(mine.bytes())).isEqualTo(document.sha256());
        VeraGreenfieldFoundryProvider.initialise();
        assertThat(PlanPdfWriterTest.validatePdfA1b(mine.bytes()).isCompliant()).as("PDF/A-1b").isTrue();

        String text = text(mine.bytes());
        assertThat(text).contains("Projektlederuddannelse – modul 1 (ÆØÅ æøå)", "Camilla Frost", "Efterår 2027",
                "Mads Østergaard", "Status på 1:1-møde", "Bedre styring af anlægsprojekter for borgerne",
                "Glæde ved at løse opgaver på tværs", "Ansvar", "Trappen", "Vi talte om ansvar og udvikling.",
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(IN_A_MONTH),
                "Motivation, Feedback, Kompetencer");
        assertThat(text).as("private notes never reach the plan").doesNotContain("overvejer at søge");
        var data = documents.data(table.state(id, leader), plans.overview(id, leader),
                table.state(id, leader).lockedAt(), null, null, PdfText.DANISH);
        assertThat(text.replaceAll("\\s", "")).contains(PlanDocuments.fingerprint(
                withoutFingerprint(data)));

        List<Runnable> changes = List.of(
                () -> agreements.addAgreement(id, employee, null, agreement("Sneget ind")),
                () -> agreements.updateAgreement(id, leader, a.id(), agreement("Ændret"), a.version()),
                () -> agreements.removeAgreement(id, leader, a.id()),
                () -> notes.saveNote(id, employee, perspective, "Efter låsning", 1),
                () -> table.setPiece(id, employee, PieceKind.STIKORD, "Mod", true),
                () -> table.reword(id, leader, table.state(id, leader).concept().allQuestions().get(0).id(), "Ny"),
                () -> plans.saveMinutes(id, leader, "Nyt referat", null, "Vi talte om ansvar og udvikling."),
                () -> plans.propose(id, leader),
                () -> plans.approve(id, employee));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(ConversationException.NotEditable.class);
        }
        assertThat(archive.download(document.id(), employee).bytes()).isEqualTo(mine.bytes());
    }

    @Test
    void choosingOrSharingStikordWithdrawsTheApprovalsForThePlanListsThem() {
        UUID id = fixtures.mus("sba", "rda");
        agreements.addAgreement(id, fixtures.id("rda"), null, agreement("Kursus"));
        plans.propose(id, fixtures.id("sba"));
        plans.approve(id, fixtures.id("sba"));
        preparations.share(id, fixtures.id("rda"), List.of("Fravær", "Feedback", "Ledelse"));
        assertThat(plans.overview(id, fixtures.id("sba")).approvals()).isEmpty();
    }

    @Test
    void onlyStikordSharedWithEverybodyGoIntoThePlan() throws Exception {
        UUID open = fixtures.mus("mos", "jph");
        preparations.chooseStikord(open, fixtures.id("mos"), List.of("Ansvar", "Mod", "Nærvær"));
        preparations.share(open, fixtures.id("mos"));
        preparations.chooseStikord(open, fixtures.id("jph"), List.of("Motivation", "Feedback", "Kompetencer"));
        String plan = lockedPlanText(open, "mos", "jph");
        assertThat(plan).contains("Mads Østergaard: Ansvar, Mod, Nærvær");
        assertThat(plan).as("chosen, never shared").doesNotContain("Jens Peter Hansen: ", "Kompetencer");

        UUID blind = fixtures.create(ConversationKind.MUS, "albertslund-mus", true, "mos", "ama");
        preparations.chooseStikord(blind, fixtures.id("mos"), List.of("Ansvar", "Mod", "Nærvær"));
        preparations.share(blind, fixtures.id("mos"));
        assertThat(lockedPlanText(blind, "mos", "ama")).as("shared, but hidden until everybody has chosen")
                .contains("Ingen delte stikord før samtalen").doesNotContain("Nærvær");
    }

    private String lockedPlanText(UUID id, String leaderName, String employeeName) throws Exception {
        long leader = fixtures.id(leaderName);
        long employee = fixtures.id(employeeName);
        agreements.addAgreement(id, employee, null, agreement("Kursus"));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, employee);
        return text(archive.download(archive.documentsOf(id, employee).get(0).id(), employee).bytes());
    }

    @Test
    void anotherLeaderAnotherEmployeeAndHrCannotReadThePlan() {
        UUID id = fixtures.mus("mos", "lno");
        long leader = fixtures.id("mos");
        long employee = fixtures.id("lno");
        agreements.addAgreement(id, employee, null, agreement("Kørekort til minigraver"));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, employee);
        ArchivedDocument document = archive.documentsOf(id, employee).get(0);

        for (String outsider : List.of("sba", "ama", "bsm", "admin")) {
            long reader = fixtures.id(outsider);
            assertThatThrownBy(() -> archive.download(document.id(), reader)).as(outsider)
                    .isInstanceOf(ArchiveService.DocumentNotFound.class);
            assertThatThrownBy(() -> archive.personnelFile(employee, reader)).as(outsider)
                    .isInstanceOf(ArchiveService.DocumentNotFound.class);
            assertThat(archive.documentsOf(id, reader)).as(outsider).isEmpty();
        }
        assertThat(archive.personnelFile(employee, leader)).isNotEmpty();
    }

    @Test
    void aNewLeaderOfTheEmployeeSeesThePreviousPlansBecauseTheFileFollowsTheEmployee() {
        UUID id = fixtures.mus("mos", "jph");
        long oldLeader = fixtures.id("mos");
        long employee = fixtures.id("jph");
        agreements.addAgreement(id, employee, null, agreement("Certificering i vejbelysning"));
        plans.propose(id, oldLeader);
        plans.approve(id, oldLeader);
        plans.approve(id, employee);
        long newLeader = fixtures.id("sba");
        try {
            jdbc.sql("update person set manager_id = ? where id = ?").params(newLeader, employee).update();

            assertThat(archive.personnelFile(employee, newLeader))
                    .anySatisfy(d -> assertThat(d.conversationId()).isEqualTo(id));
            assertThat(archive.download(archive.documentsOf(id, newLeader).get(0).id(), newLeader).bytes())
                    .isNotEmpty();
            assertThatThrownBy(() -> archive.personnelFile(employee, oldLeader))
                    .as("the former leader no longer opens the file")
                    .isInstanceOf(ArchiveService.DocumentNotFound.class);
        } finally {
            jdbc.sql("update person set manager_id = ? where id = ?").params(oldLeader, employee).update();
        }
    }

    @Test
    void invalidAgreementsGetAMessageForTheirFieldAndNothingIsStored() {
        UUID id = fixtures.mus("mos", "ama");
        long employee = fixtures.id("ama");

        assertThatThrownBy(() -> agreements.addAgreement(id, employee, null, new AgreementFields("Kursus", "", "", "",
                null, "", "", null))).isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("conversation.field.responsible");
                    assertThat(e.messageKey()).isEqualTo("conversation.error.responsible-required");
                });
        assertThatThrownBy(() -> agreements.addAgreement(id, employee, null, new AgreementFields("Kursus", "", "",
                "Aisha", LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1), "", "", null)))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("conversation.field.follow-up-date");
                    assertThat(e.messageKey()).isEqualTo("conversation.error.follow-up-past");
                });
        assertThatThrownBy(() -> agreements.addAgreement(id, employee, null, new AgreementFields("Kursus", "", "",
                "Aisha", null, "", "", employee)))
                .isInstanceOfSatisfying(ConversationException.InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("conversation.field.for"));
        assertThat(table.state(id, employee).agreements()).isEmpty();
        assertThat(agreements.addAgreement(id, employee, null, new AgreementFields("Kursus", "", "", "Aisha",
                LocalDate.now(ZoneId.of("Europe/Copenhagen")), "", "", null)).fields().followUpDate()).isNotNull();
    }

    @Test
    void inAGrusEachEmployeesCopyHoldsTheGroupsAgreementsAndTheirOwn() throws Exception {
        UUID id = fixtures.create(ConversationKind.GRUS, "albertslund-mus", "sba", "khj", "eyi");
        long leader = fixtures.id("sba");
        long khj = fixtures.id("khj");
        long eyi = fixtures.id("eyi");
        agreements.addAgreement(id, leader, null, agreement("Fælles faglig dag for teamet"));
        agreements.addAgreement(id, khj, null, new AgreementFields("Kirstens kursus i energirammer", "", "",
                "Kirsten", null, "", "", khj));
        agreements.addAgreement(id, eyi, null, new AgreementFields("Emines sprogkursus", "", "", "Emine", null, "", "",
                eyi));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, khj);
        plans.approve(id, eyi);

        String kirsten = text(archive.download(archive.personnelFile(khj, khj).get(0).id(), khj).bytes());
        assertThat(kirsten).contains("Fælles faglig dag for teamet", "Kirstens kursus i energirammer")
                .doesNotContain("Emines sprogkursus");
        String emine = text(archive.download(archive.personnelFile(eyi, eyi).get(0).id(), eyi).bytes());
        assertThat(emine).contains("Fælles faglig dag for teamet", "Emines sprogkursus", "Yılmaz")
                .doesNotContain("Kirstens kursus");
        assertThat(archive.documentsOf(id, leader)).hasSize(3);
        assertThat(archive.documentsOf(id, khj)).hasSize(1);
    }

    @Test
    void followUpStatusIsRecordedBesideTheLockedPlanAndOverdueIsMarked() {
        UUID id = fixtures.mus("sba", "eyi");
        long leader = fixtures.id("sba");
        long employee = fixtures.id("eyi");
        AgreementView a = agreements.addAgreement(id, employee, null, agreement("Excel-kursus"));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, employee);
        FollowUpItem item = followUp.agreementsOf(employee, employee).stream()
                .filter(i -> i.agreement().agreementId().equals(a.id())).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(FollowUpStatus.IKKE_STARTET);
        assertThat(item.overdue()).isFalse();

        followUp.setStatus(employee, a.id(), FollowUpStatus.I_GANG, employee);
        jdbc.sql("update agreement set follow_up_date = ? where id = ?")
                .params(LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(3), a.id()).update();

        FollowUpItem seenByLeader = followUp.agreementsOfEmployees(leader).stream()
                .filter(i -> i.agreement().agreementId().equals(a.id())).findFirst().orElseThrow();
        assertThat(seenByLeader.status()).isEqualTo(FollowUpStatus.I_GANG);
        assertThat(seenByLeader.changedBy()).isEqualTo("Emine Yılmaz");
        assertThat(seenByLeader.changedAt()).isNotNull();
        assertThat(seenByLeader.overdue()).isTrue();
        assertThat(table.state(id, employee).agreements()).singleElement()
                .satisfies(x -> assertThat(x.version()).isEqualTo(a.version()));
        assertThatThrownBy(() -> followUp.setStatus(employee, a.id(), FollowUpStatus.DROPPET, fixtures.id("mos")))
                .isInstanceOf(ConversationException.NotFound.class);
        assertThatThrownBy(() -> followUp.agreementsOf(employee, fixtures.id("bsm")))
                .isInstanceOf(ConversationException.NotFound.class);
    }

    private static PlanDocumentData withoutFingerprint(PlanDocumentData d) {
        return new PlanDocumentData(d.documentId(), d.title(), d.conceptName(), d.kindLabel(), d.copyHolder(),
                d.participants(), d.startsAt(), d.formLabel(), d.place(), d.chosenStikord(), d.stikordUsed(),
                d.picturesUsed(), d.notes(), d.agreements(), d.minutes(), d.planWriter(), d.approvals(),
                d.lockedAt(), "");
    }

    private static String text(byte[] pdf) throws Exception {
        return PlanPdfWriterTest.text(pdf);
    }
}
