package dk.samtalebordet.directory;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.TestServers;
import dk.samtalebordet.organisation.HeldField;
import dk.samtalebordet.organisation.ImportLine;
import dk.samtalebordet.organisation.ImportReport;
import dk.samtalebordet.organisation.PersonAdministration;
import dk.samtalebordet.organisation.PersonCorrection;
import dk.samtalebordet.people.OrgUnitSummary;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An administrator's corrections by hand: recorded, held against the directory's next synchronisation (which
 * reports the conflict instead of undoing them), handed back on request, and refused when they break a rule.
 */
@IntegrationTest
class CorrectionsTest {

    private final TestDirectory directory = TestServers.directory();

    @Autowired
    DirectorySync sync;
    @Autowired
    PeopleService people;
    @Autowired
    PersonAdministration administration;

    private long admin;

    @BeforeEach
    void aSmallCentre() {
        directory.clearUsers();
        directory.addUser("kale", "Karen Lerche", "Centerchef", "Kultur og Fritid", "1001", null);
        directory.addUser("anvi", "Anna Vind", "Afdelingsleder", "Idrætshaller", "1005", "kale");
        directory.addUser("pemo", "Per Mortensen", "Bibliotekar", "Kultur og Fritid", "1002", "kale");
        sync.synchronise(null);
        admin = id("admin");
        for (String username : new String[] {"kale", "anvi", "pemo"}) {
            for (HeldField held : administration.held(id(username))) {
                administration.release(admin, id(username), held.field());
            }
        }
        sync.synchronise(null);
    }

    @Test
    void aCorrectionIsRecordedAndKeptAgainstTheNextSynchronisationWhichReportsTheConflict() {
        PersonSummary per = person("pemo");
        long halls = unit("Idrætshaller");
        administration.correct(admin, per.id(), new PersonCorrection(halls, id("anvi"), Set.of(Role.HR), true));

        assertThat(person("pemo").managerId()).isEqualTo(id("anvi"));
        assertThat(person("pemo").orgUnitName()).isEqualTo("Idrætshaller");
        assertThat(person("pemo").roles()).contains(Role.HR);
        assertThat(person("anvi").roles()).as("she leads somebody now").contains(Role.LEDER);
        assertThat(administration.history(per.id())).filteredOn(c -> c.field() == PersonField.MANAGER).first()
                .satisfies(c -> {
                    assertThat(c.changedBy()).isEqualTo(admin);
                    assertThat(c.before()).isEqualTo("Karen Lerche (kale)");
                    assertThat(c.after()).isEqualTo("Anna Vind (anvi)");
                });

        ImportReport report = sync.synchronise(null);

        assertThat(person("pemo").managerId()).as("not silently undone").isEqualTo(id("anvi"));
        assertThat(person("pemo").orgUnitName()).isEqualTo("Idrætshaller");
        assertThat(report.lines()).filteredOn(l -> l.kind() == ImportLine.Kind.CONFLICT)
                .extracting(ImportLine::detail)
                .contains("Personaleleder er rettet i hånden til \"Anna Vind (anvi)\"; kilden siger "
                        + "\"Karen Lerche (kale)\". Rettelsen er beholdt.");
        assertThat(administration.conflicts()).extracting(HeldField::personId, HeldField::field)
                .contains(org.assertj.core.groups.Tuple.tuple(per.id(), PersonField.MANAGER));

        administration.release(admin, per.id(), PersonField.MANAGER);
        sync.synchronise(null);

        assertThat(person("pemo").managerId()).as("handed back: the directory's value")
                .isEqualTo(id("kale"));
        assertThat(person("pemo").orgUnitName()).as("still held").isEqualTo("Idrætshaller");
    }

    @Test
    void aCorrectionThatBreaksARuleIsRefusedAndChangesNothing() {
        long kultur = unit("Kultur og Fritid");
        long karen = id("kale");
        long per = id("pemo");
        int recorded = administration.history(per).size() + administration.history(karen).size();

        assertThat(catchThrowable(() -> administration.correct(admin, karen,
                new PersonCorrection(kultur, per, Set.of(), true))))
                .hasMessage("Karen Lerche er selv personaleleder over Per Mortensen (direkte eller længere oppe); "
                        + "det ville give en ring af ledere.");
        assertThat(catchThrowable(() -> administration.correct(admin, per,
                new PersonCorrection(kultur, per, Set.of(), true))))
                .hasMessage("En person kan ikke være sin egen personaleleder.");
        assertThat(catchThrowable(() -> administration.correct(per, karen,
                new PersonCorrection(kultur, null, Set.of(), true))))
                .hasMessage("Kun en administrator kan rette i organisationen.");

        directory.disable("anvi");
        sync.synchronise(null);
        assertThat(catchThrowable(() -> administration.correct(admin, per,
                new PersonCorrection(kultur, id("anvi"), Set.of(), true))))
                .hasMessage("Personalelederen Anna Vind er ikke aktiv.");

        assertThat(person("kale").managerId()).isNull();
        assertThat(person("pemo").managerId()).isEqualTo(karen);
        assertThat(administration.history(per).size() + administration.history(karen).size())
                .as("nothing recorded but the directory's own change of Anna").isEqualTo(recorded);
    }

    private long unit(String name) {
        return people.activeUnits().stream().filter(u -> u.name().equals(name)).findFirst()
                .map(OrgUnitSummary::id).orElseThrow();
    }

    private long id(String username) {
        return people.findAccount(username).orElseThrow().personId();
    }

    private PersonSummary person(String username) {
        return people.findById(id(username)).orElseThrow();
    }
}
