package dk.samtalebordet.people;

import dk.samtalebordet.people.store.OrgUnit;
import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

import static dk.samtalebordet.people.Role.HR;
import static dk.samtalebordet.people.Role.ADMINISTRATOR;
import static dk.samtalebordet.people.Role.LEDER;
import static dk.samtalebordet.people.Role.MEDARBEJDER;

/**
 * A small municipal department to try Samtalebordet with: a director, two leaders, seven employees and an
 * HR consultant, plus a system administrator. Active in the {@code demo} profile only; loaded once (an
 * existing username is left alone), so a restart never duplicates or resets anybody.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPeople implements ApplicationRunner {

    /** The password of every demo login. Documented in the README; never use the demo profile in production. */
    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PasswordEncoder encoder;
    private String hash;

    DemoPeople(PersonRepository persons, OrgUnitRepository units, PasswordEncoder encoder) {
        this.persons = persons;
        this.units = units;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (persons.existsByUsernameIgnoreCase("hlk")) {
            return;
        }
        hash = encoder.encode(DEMO_PASSWORD);
        OrgUnit department = unit("Teknik og Miljø", null);
        OrgUnit roads = unit("Vej og Park", department);
        OrgUnit building = unit("Byggeri og Miljø", department);
        OrgUnit hr = unit("HR og Personale", department);
        OrgUnit it = unit("Digitalisering og IT", department);

        Person director = person("hlk", "Henriette Lund Kjær", "HLK", "Direktør", department, null,
                EnumSet.of(LEDER, MEDARBEJDER));
        Person roadsLeader = person("mos", "Mads Østergaard", "MØ", "Afdelingsleder", roads, director,
                EnumSet.of(LEDER, MEDARBEJDER));
        Person buildingLeader = person("sba", "Sofie Bech Andersen", "SBA", "Afdelingsleder", building, director,
                EnumSet.of(LEDER, MEDARBEJDER));

        person("jph", "Jens Peter Hansen", "JPH", "Vejingeniør", roads, roadsLeader, EnumSet.of(MEDARBEJDER));
        person("ama", "Aisha Mahmoud", "AM", "Landskabsarkitekt", roads, roadsLeader, EnumSet.of(MEDARBEJDER));
        person("lno", "Lars Nørgaard", "LN", "Driftsmedarbejder", roads, roadsLeader, EnumSet.of(MEDARBEJDER));
        person("cfr", "Camilla Frost", "CF", "Projektleder", roads, roadsLeader, EnumSet.of(MEDARBEJDER));
        person("khj", "Kirsten Holm Jensen", "KHJ", "Byggesagsbehandler", building, buildingLeader,
                EnumSet.of(MEDARBEJDER));
        person("rda", "Rasmus Dahl", "RD", "Miljømedarbejder", building, buildingLeader, EnumSet.of(MEDARBEJDER));
        person("eyi", "Emine Yılmaz", "EY", "Administrativ medarbejder", building, buildingLeader,
                EnumSet.of(MEDARBEJDER));

        person("bsm", "Birgitte Skov Madsen", "BSM", "HR-konsulent", hr, director, EnumSet.of(HR, MEDARBEJDER));
        person("admin", "Systemadministrator", "ADM", "Systemadministrator", it, null, EnumSet.of(ADMINISTRATOR, Role.DPO));
        log.info("Demo data: 12 logins created (their password is in the README)");
    }

    private OrgUnit unit(String name, OrgUnit parent) {
        return units.findByName(name).orElseGet(() -> units.save(new OrgUnit(name, parent)));
    }

    private Person person(String username, String name, String initials, String title, OrgUnit unit,
                          Person manager, Set<Role> roles) {
        return persons.save(new Person(username, name, initials, username + "@samtalebordet.example",
                title, unit, manager, hash, roles));
    }
}
