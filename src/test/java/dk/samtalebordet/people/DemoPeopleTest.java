package dk.samtalebordet.people;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.people.store.PersonRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo department: a director, two leaders, seven employees, an HR consultant and an administrator. */
@IntegrationTest
class DemoPeopleTest {

    @Autowired
    PeopleService people;
    @Autowired
    PersonRepository persons;
    @Autowired
    DemoPeople demo;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void theDepartmentHasTheExpectedShape() {
        var all = people.directory().stream().filter(p -> p.source() == Source.LOCAL)
                .filter(p -> !PeopleFixtures.isFixture(p.username())).toList();
        assertThat(all).hasSize(12);
        PersonSummary director = people.findAccount("hlk").flatMap(a -> people.findById(a.personId())).orElseThrow();
        assertThat(director.managerId()).isNull();
        assertThat(director.roles()).contains(Role.LEDER);
        assertThat(people.directReports(director.id())).filteredOn(p -> !PeopleFixtures.isFixture(p.username()))
                .extracting(PersonSummary::username).containsExactlyInAnyOrder("mos", "sba", "bsm");
        assertThat(all).filteredOn(p -> p.roles().equals(java.util.Set.of(Role.MEDARBEJDER))).hasSize(7);
        assertThat(all).filteredOn(p -> p.hasRole(Role.HR)).extracting(PersonSummary::username)
                .containsExactly("bsm");
        PersonSummary leader = people.findById(people.findAccount("mos").orElseThrow().personId()).orElseThrow();
        assertThat(leader.managerId()).as("leaders have leaders too, for their LUS").isEqualTo(director.id());
        assertThat(leader.fullName()).isEqualTo("Mads Østergaard");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        Account account = people.findAccount("MOS").orElseThrow();
        assertThat(account.passwordHash()).startsWith("$2a$").doesNotContain(DemoPeople.DEMO_PASSWORD);
        assertThat(encoder.matches(DemoPeople.DEMO_PASSWORD, account.passwordHash())).isTrue();
        assertThat(account.toString()).doesNotContain(account.passwordHash());
    }

    @Test
    void loadingTheDemoDataAgainDuplicatesNobody() {
        long before = persons.count();
        demo.run(new DefaultApplicationArguments());
        assertThat(persons.count()).isEqualTo(before);
    }
}
