package dk.samtalebordet.people;

import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.UUID;

/** Fresh people of a test's own, so what a test does to them (a lock-out, an erasure) touches no other test. */
@Component
public class PeopleFixtures {

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PasswordEncoder encoder;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PeopleFixtures(PersonRepository persons, OrgUnitRepository units, PasswordEncoder encoder,
                   org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.units = units;
        this.encoder = encoder;
    }

    /** Whether a person was made by these fixtures (or is one of them, erased by a test), not by the demo. */
    public static boolean isFixture(String username) {
        return username.startsWith(PREFIX) || username.startsWith("slettet-");
    }

    private static final String PREFIX = "test.";

    /** A new local account, an employee of the given leader's unit; returns its username. */
    @Transactional
    public String employeeOf(String leaderUsername, String password) {
        Person leader = persons.findByUsernameIgnoreCase(leaderUsername).orElseThrow();
        String username = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        persons.save(new Person(username, "Tes Testesen", "TT", username + "@kommune.dk", "Medarbejder",
                leader.getOrgUnit(), leader, encoder.encode(password), EnumSet.of(Role.MEDARBEJDER)));
        return username;
    }

    /**
     * A new leader of their own, under nobody (so no demo leader gains a report); returns the username. Their
     * unit is the demo's top unit.
     */
    public String leader() {
        return leader("en god lang adgangskode");
    }

    /** A new leader of their own, as {@link #leader()}, signing in with the given password. */
    @Transactional
    public String leader(String password) {
        Person top = persons.findByUsernameIgnoreCase("hlk").orElseThrow();
        String username = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        persons.save(new Person(username, "Lea Ledersen", "LL", username + "@kommune.dk", "Leder",
                top.getOrgUnit(), null, encoder.encode(password),
                EnumSet.of(Role.LEDER, Role.MEDARBEJDER)));
        return username;
    }

    /** A new local account, an employee of a new leader of their own; returns its username. */
    public String employee(String password) {
        return employeeOf(leader(), password);
    }

    /** The person left: deactivated at the given time, as a synchronisation records it. */
    @Transactional
    public void leftAt(String username, java.time.Instant when) {
        Person person = persons.findByUsernameIgnoreCase(username).orElseThrow();
        person.setActive(false);
        jdbc.sql("insert into person_change (person_id, changed_at, source, field, before_value, after_value) "
                        + "values (?, ?, 'LOCAL', 'ACTIVE', 'aktiv', 'deaktiveret')")
                .params(person.getId(), java.sql.Timestamp.from(when)).update();
    }
}
