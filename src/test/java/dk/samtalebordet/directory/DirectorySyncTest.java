package dk.samtalebordet.directory;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.TestServers;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.OrganisationImport;
import dk.samtalebordet.organisation.RunOutcome;
import dk.samtalebordet.organisation.RunSummary;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dk.samtalebordet.directory.TestDirectory.ADMIN_GROUP;
import static dk.samtalebordet.directory.TestDirectory.HR_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

/** The directory synchronisation against a real LDAP server with an Active Directory-like tree. */
@IntegrationTest
class DirectorySyncTest {

    private final TestDirectory directory = TestServers.directory();

    @Autowired
    DirectorySync sync;
    @Autowired
    PeopleService people;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    dk.samtalebordet.audit.AuditLog audit;

    @BeforeEach
    void aSmallCentre() {
        directory.clearUsers();
        directory.addUser("kale", "Karen Lerche", "Centerchef", "Kultur og Fritid", "1001", null, ADMIN_GROUP);
        directory.addUser("pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002", "kale");
        directory.addUser("sihu", "Signe Hu", "HR-partner", "Kultur og Fritid", "1003", "kale", HR_GROUP);
        directory.addUser("olbr", "Ole Brandt", "Pedel", "Idrætshaller", "1004", "kale");
    }

    @Test
    void aRunAnAdministratorStartsIsInTheAuditLogWithWhoAndWhatItDid() {
        long admin = people.findAccount("admin").orElseThrow().personId();
        java.time.Instant since = java.time.Instant.now();
        sync.synchronise(admin);
        // the newest run this administrator started (other tests' runs may be moments older)
        assertThat(audit.search(admin, java.util.List.of(), since, java.time.Instant.now().plusSeconds(1), 10))
                .filteredOn(e -> e.kind() == dk.samtalebordet.audit.AuditKind.ORGANISATION_RUN).first()
                .satisfies(e -> assertThat(e.detail()).startsWith("LDAP: ").contains("oprettet"));
    }

    @Test
    void theFirstRunCreatesEverybodyWithTheirLeaderUnitAndRoles() {
        ImportReport report = sync.synchronise(null);

        assertThat(report.refused()).as("%s", report.lines()).isZero();
        for (String username : new String[] {"kale", "pemo", "sihu", "olbr"}) {
            assertThat(person(username).active()).as(username + " is active after the run").isTrue();
        }
        PersonSummary karen = person("kale");
        PersonSummary per = person("pemo");
        assertThat(per.fullName()).isEqualTo("Per Mortensen");
        assertThat(per.jobTitle()).isEqualTo("Bibliotekar");
        assertThat(per.email()).isEqualTo("pemo@kommune.example");
        assertThat(per.orgUnitName()).isEqualTo("Kultur og Fritid");
        assertThat(per.managerId()).isEqualTo(karen.id());
        assertThat(per.initials()).isEqualTo("PM");
        assertThat(per.source()).isEqualTo(Source.LDAP);
        assertThat(per.roles()).containsExactly(Role.MEDARBEJDER);
        assertThat(karen.roles()).as("a leader because others have her as personaleleder, admin by group")
                .containsExactlyInAnyOrder(Role.MEDARBEJDER, Role.LEDER, Role.ADMINISTRATOR);
        assertThat(person("sihu").roles()).containsExactlyInAnyOrder(Role.MEDARBEJDER, Role.HR);
        assertThat(person("olbr").orgUnitName()).isEqualTo("Idrætshaller");
        assertThat(people.directReports(karen.id())).extracting(PersonSummary::username)
                .containsExactlyInAnyOrder("pemo", "sihu", "olbr");
    }

    @Test
    void anUnchangedReRunChangesNothingAndAChangedOneOnlyWhatChanged() {
        sync.synchronise(null);
        ImportReport again = sync.synchronise(null);
        assertThat(again.created() + again.updated() + again.deactivated() + again.refused()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);

        directory.replace("pemo", "title", "Overbibliotekar");
        ImportReport changed = sync.synchronise(null);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.lines()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ImportLine.Kind.UPDATED);
            assertThat(line.subject()).contains("pemo");
            assertThat(line.detail()).isEqualTo("Stilling: Bibliotekar → Overbibliotekar");
        });
        assertThat(person("pemo").jobTitle()).isEqualTo("Overbibliotekar");
    }

    @Test
    void aPersonDisabledOrGoneFromTheDirectoryIsDeactivatedAndKept() {
        sync.synchronise(null);
        long ole = person("olbr").id();
        directory.disable("olbr");
        directory.delete("sihu");

        ImportReport report = sync.synchronise(null);

        assertThat(report.deactivated()).isEqualTo(2);
        assertThat(people.findById(ole)).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
        assertThat(person("sihu").active()).as("kept, with everything about her").isFalse();
        assertThat(people.directReports(person("kale").id())).extracting(PersonSummary::username)
                .containsExactly("pemo");
        assertThat(report.lines()).filteredOn(l -> l.subject().contains("sihu")).singleElement()
                .satisfies(l -> assertThat(l.detail()).isEqualTo("Findes ikke længere i kilden."));
    }

    @Test
    void aPersonDisabledInTheDirectoryIsDeactivatedEvenWhenTheirEntryWasEmptiedAtTheSameTime() {
        sync.synchronise(null);
        directory.disable("olbr");
        directory.replace("olbr", "department");
        directory.replace("olbr", "manager", TestDirectory.dn("flyttet-ud-af-basen"));

        ImportReport report = sync.synchronise(null);

        assertThat(person("olbr").active()).isFalse();
        assertThat(report.lines()).filteredOn(l -> l.subject().contains("olbr")).extracting(ImportLine::kind)
                .containsExactly(ImportLine.Kind.DEACTIVATED);
    }

    @Test
    void aUsernameGivenAnewDoesNotInheritTheDepartedPersonButAMovedAccountKeepsItsPerson() {
        sync.synchronise(null);
        long ole = person("olbr").id();
        directory.delete("olbr");
        sync.synchronise(null);
        directory.addUserAs("olbr-ny", "olbr", "Olga Brun", "Pedel", "Idrætshaller", "1099", "kale");

        ImportReport report = sync.synchronise(null);

        assertThat(report.lines()).filteredOn(l -> l.kind() == ImportLine.Kind.REFUSED).extracting(ImportLine::detail)
                .containsExactly("Brugernavnet \"olbr\" tilhørte Ole Brandt, som er deaktiveret. En ny person får ikke "
                        + "en tidligere medarbejders data: giv et nyt brugernavn, eller genaktivér personen i hånden, "
                        + "hvis det er den samme.");
        assertThat(people.findById(ole)).hasValueSatisfying(p -> {
            assertThat(p.fullName()).isEqualTo("Ole Brandt");
            assertThat(p.active()).isFalse();
        });

        long per = person("pemo").id();
        directory.delete("pemo");
        directory.addUserAs("pemo-flyttet", "pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002",
                "kale");
        sync.synchronise(null);
        assertThat(person("pemo").id()).as("an account moved to a new DN is the same person").isEqualTo(per);
        assertThat(person("pemo").active()).isTrue();
    }

    @Test
    void aChangeOfLeaderMovesTheEmployee() {
        directory.addUser("anvi", "Anna Vind", "Afdelingsleder", "Idrætshaller", "1005", "kale");
        sync.synchronise(null);
        directory.replace("olbr", "manager", TestDirectory.dn("anvi"));

        sync.synchronise(null);

        assertThat(person("olbr").managerId()).isEqualTo(person("anvi").id());
        assertThat(person("anvi").roles()).contains(Role.LEDER);
    }

    @Test
    void badEntriesAreRefusedWithADanishReasonAndChangeNothingElse() {
        directory.addUser("nona", "", "Uden navn", "Kultur og Fritid", "1006", "kale");
        directory.addUser("ghost", "Gitte Høst", "Ansat", "Kultur og Fritid", "1007", "findes-ikke");
        directory.addUser("ring1", "Rune Ring", "Leder", "Kultur og Fritid", "1008", "ring2");
        directory.addUser("ring2", "Rikke Ring", "Leder", "Kultur og Fritid", "1009", "ring1");
        directory.addUser("unde", "Ulla Under", "Ansat", "Kultur og Fritid", "1010", "nona");

        ImportReport report = sync.synchronise(null);

        java.util.Map<String, String> refusals = report.lines().stream()
                .filter(l -> l.kind() == ImportLine.Kind.REFUSED)
                .collect(java.util.stream.Collectors.toMap(ImportLine::subject, ImportLine::detail));
        assertThat(refusals).containsOnlyKeys("nona", "ghost (Gitte Høst)", "ring1 (Rune Ring)",
                "ring2 (Rikke Ring)", "unde (Ulla Under)");
        assertThat(refusals.get("nona")).isEqualTo("Mangler navn.");
        assertThat(refusals.get("ghost (Gitte Høst)"))
                .isEqualTo("Personalelederen findes ikke: " + TestDirectory.dn("findes-ikke"));
        assertThat(refusals.get("ring1 (Rune Ring)")).startsWith("Personaleledere i ring: ")
                .contains("ring1 (Rune Ring) → ring2 (Rikke Ring)").isEqualTo(refusals.get("ring2 (Rikke Ring)"));
        assertThat(refusals.get("unde (Ulla Under)")).isEqualTo("Personalelederen nona blev selv afvist.");
        for (String refused : new String[] {"nona", "ghost", "ring1", "ring2", "unde"}) {
            assertThat(people.findAccount(refused)).as(refused).isEmpty();
        }
        assertThat(person("pemo").managerId()).isEqualTo(person("kale").id());
    }

    @Test
    void aDirectoryThatGivesNobodyChangesNothing() {
        sync.synchronise(null);
        directory.clearUsers();

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sync.synchronise(null)))
                .hasMessageContaining("Kilden gav ingen personer");

        assertThat(person("pemo").active()).isTrue();
        RunSummary last = organisation.history(1).get(0);
        assertThat(last.outcome()).isEqualTo(RunOutcome.REFUSED);
        assertThat(last.message()).contains("kontrollér søgebasen og filteret");
    }

    @Test
    void eachRunIsKeptInTheHistoryWithItsLines() {
        long admin = people.findAccount("admin").orElseThrow().personId();
        ImportReport report = sync.synchronise(admin);

        RunSummary run = organisation.history(1).get(0);
        assertThat(run.source()).isEqualTo(Source.LDAP);
        assertThat(run.outcome()).isEqualTo(RunOutcome.DONE);
        assertThat(run.startedBy()).isEqualTo(admin);
        assertThat(run.created()).isEqualTo(report.created());
        assertThat(organisation.lines(run.id())).isEqualTo(report.lines());
    }

    private PersonSummary person(String username) {
        return people.findById(people.findAccount(username).orElseThrow().personId()).orElseThrow();
    }
}
