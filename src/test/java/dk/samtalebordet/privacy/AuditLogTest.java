package dk.samtalebordet.privacy;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.audit.AuditEntry;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.organisation.PersonAdministration;
import dk.samtalebordet.organisation.PersonCorrection;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.plan.PlanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the audit log records, in the transaction of what it records; what the employee sees of who read their
 * personalemappe; and what the data protection officer searches and exports.
 */
@IntegrationTest
class AuditLogTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    @Autowired
    AuditLog audit;
    @Autowired
    AuditReport report;
    @Autowired
    PlanService plans;
    @Autowired
    AgreementService agreements;
    @Autowired
    ArchiveService archive;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleService people;
    @Autowired
    PersonAdministration administration;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ConversationAccess access;


    private List<AuditEntry> of(long personId, Instant since) {
        return audit.search(personId, List.of(), since, Instant.now().plusSeconds(5), 1000);
    }

    @Test
    void approvalsTheLockAndEveryDownloadAreRecordedWithWhoWhoseAndWhich() {
        long leader = fixtures.id("sba");
        long employee = fixtures.id("khj");
        UUID id = fixtures.mus("sba", "khj");
        Instant since = Instant.now().minusSeconds(1);
        agreements.addAgreement(id, employee, null, new AgreementFields("Kursus", "Kirsten", "Inden sommer",
                "Sofie", TODAY.plusMonths(1), "Status", null, null));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, employee);
        ArchivedDocument filed = archive.documentsOf(id, employee).stream()
                .filter(d -> employee == d.personId()).findFirst().orElseThrow();
        archive.download(filed.id(), leader);

        List<AuditEntry> inConversation = audit.search(null, List.of(), since, Instant.now().plusSeconds(5), 1000)
                .stream().filter(e -> id.equals(e.conversationId())).toList();
        assertThat(inConversation).extracting(AuditEntry::kind, AuditEntry::actorId).contains(
                tuple(AuditKind.PLAN_PROPOSED, leader), tuple(AuditKind.PLAN_APPROVED, leader),
                tuple(AuditKind.PLAN_APPROVED, employee), tuple(AuditKind.PLAN_LOCKED, employee),
                tuple(AuditKind.DOCUMENT_DOWNLOADED, leader));
        AuditEntry download = inConversation.stream().filter(e -> e.kind() == AuditKind.DOCUMENT_DOWNLOADED)
                .findFirst().orElseThrow();
        assertThat(download.subjectId()).isEqualTo(employee);
        assertThat(download.documentId()).isEqualTo(filed.id());
        assertThat(download.detail()).isEqualTo(filed.fileName());
    }

    @Test
    void aRefusedChangeLeavesNoEntryAndAnEntryStandsOrFallsWithItsTransaction() {
        long employee = fixtures.id("rda");
        UUID id = fixtures.mus("sba", "rda");
        Instant since = Instant.now().minusSeconds(1);
        assertThatThrownBy(() -> plans.propose(id, fixtures.id("sba"))).isNotNull(); // no agreements yet
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(Audited.of(AuditKind.EXPORTED, employee).detail("rolled back"));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(of(employee, since)).extracting(AuditEntry::kind).doesNotContain(AuditKind.EXPORTED);
        assertThat(audit.search(null, List.of(id), since, Instant.now().plusSeconds(5), 100))
                .filteredOn(e -> id.equals(e.conversationId())).isEmpty();
    }

    @Test
    void theEmployeeSeesWhoElseOpenedTheirPersonalemappeButNotThemselves() {
        long employee = fixtures.id("eyi");
        long leader = fixtures.id("sba");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
        archive.personnelFile(employee, employee);
        archive.personnelFile(employee, leader);
        assertThatThrownBy(() -> archive.personnelFile(employee, fixtures.id("jph")))
                .isInstanceOf(ArchiveService.DocumentNotFound.class);

        List<ArchiveService.Reading> seen = archive.whoHasSeen(employee);
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(0).readerName()).isEqualTo("Sofie Bech Andersen");
        assertThat(seen.get(0).at()).isAfter(before);
        assertThat(seen).extracting(ArchiveService.Reading::readerName)
                .doesNotContain("Emine Yılmaz", "Jens Peter Hansen");
    }

    @Test
    void onlyTheDataProtectionOfficerSearchesAndEverySearchIsItselfRecorded() {
        long dpo = fixtures.id("admin");
        long hr = fixtures.id("bsm");
        long employee = fixtures.id("lno");
        UUID id = fixtures.mus("mos", "lno");
        // the leader opens the employee's conversation: found when searching the employee
        access.recordOpened(id, fixtures.id("mos"), AuditKind.CONVERSATION_OPENED);
        AuditReport.Query query = new AuditReport.Query(employee, TODAY, TODAY);

        assertThatThrownBy(() -> report.search(hr, query)).isInstanceOf(ConversationException.NotAllowed.class);
        List<AuditReport.Line> lines = report.search(dpo, query);
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.entry().kind()).isEqualTo(AuditKind.CONVERSATION_OPENED);
            assertThat(l.entry().conversationId()).isEqualTo(id);
            assertThat(l.actorName()).isEqualTo("Mads Østergaard");
        });
        assertThat(report.search(dpo, query)).anySatisfy(l -> {
            assertThat(l.entry().kind()).isEqualTo(AuditKind.AUDIT_SEARCHED);
            assertThat(l.entry().actorId()).isEqualTo(dpo);
            assertThat(l.entry().subjectId()).isEqualTo(employee);
        });
        assertThatThrownBy(() -> new AuditReport.Query(null, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(ConversationException.InvalidInput.class);
    }

    @Test
    void theExportIsFormulaSafeAndRecorded() {
        long dpo = fixtures.id("admin");
        audit.record(Audited.of(AuditKind.SIGN_IN_FAILED, null).detail("=HYPERLINK(\"http://x\";\"klik\")")
                .from("192.0.2.1"));
        byte[] csv = report.csv(dpo, new AuditReport.Query(null, TODAY, TODAY),
                List.of("Tidspunkt", "Hændelse", "Hvem", "Hvis", "Samtale", "Dokument", "Adresse", "Detaljer"),
                AuditKind::name, "ukendt");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTidspunkt;Hændelse;");
        assertThat(text).contains(";192.0.2.1;\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"\r\n");
        assertThat(text).doesNotContain(";=HYPERLINK");
        assertThat(report.search(dpo, new AuditReport.Query(dpo, TODAY, TODAY)))
                .anySatisfy(l -> assertThat(l.entry().kind()).isEqualTo(AuditKind.EXPORTED));
    }

    @Test
    void anAdministratorsCorrectionOfRolesIsRecordedWithTheFieldsNotJustThatSomethingChanged() {
        long admin = fixtures.id("admin");
        long person = fixtures.id("cfr");
        PersonSummary before = people.findById(person).orElseThrow();
        Instant since = Instant.now().minusSeconds(1);
        administration.correct(admin, person, new PersonCorrection(before.orgUnitId(), before.managerId(),
                EnumSet.of(Role.HR), true));
        administration.correct(admin, person, new PersonCorrection(before.orgUnitId(), before.managerId(),
                EnumSet.noneOf(Role.class), true));
        assertThat(of(person, since)).filteredOn(e -> e.kind() == AuditKind.PERSON_CORRECTED)
                .extracting(AuditEntry::actorId, AuditEntry::detail)
                .contains(tuple(admin, "ROLES: MEDARBEJDER,HR"), tuple(admin, "ROLES: MEDARBEJDER"));
    }
}
