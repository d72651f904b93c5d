package dk.samtalebordet.people;

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

    PeopleFixtures(PersonRepository persons, OrgUnitRepository units, PasswordEncoder encoder) {
        this.persons = persons;
        this.units = units;
        this.encoder = encoder;
    }

    /** A new local account, an employee of the given leader's unit; returns its username. */
    @Transactional
    public String employeeOf(String leaderUsername, String password) {
        Person leader = persons.findByUsernameIgnoreCase(leaderUsername).orElseThrow();
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        persons.save(new Person(username, "Tes Testesen", "TT", username + "@kommune.dk", "Medarbejder",
                leader.getOrgUnit(), leader, encoder.encode(password), EnumSet.of(Role.MEDARBEJDER)));
        return username;
    }
}
