package dk.samtalebordet.organisation;

import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.store.OrgUnit;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonHold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.samtalebordet.organisation.Candidate.lower;

/**
 * The whole stored organisation, loaded once per run into one persistence context, with the look-ups a run
 * needs. It follows the run's own changes: a created person, a new username, a new unit.
 */
final class OrganisationSnapshot {

    private final List<Person> persons;
    private final Map<String, Person> byUsername = new HashMap<>();
    private final Map<String, Person> byKey = new HashMap<>();
    private final Map<String, OrgUnit> unitsByName = new HashMap<>();
    private final Map<Long, Map<PersonField, PersonHold>> holds = new HashMap<>();

    OrganisationSnapshot(Collection<OrgUnit> units, Collection<Person> persons, Collection<PersonHold> holds) {
        units.forEach(this::addUnit);
        this.persons = new ArrayList<>(persons);
        persons.forEach(this::index);
        holds.forEach(h -> this.holds.computeIfAbsent(h.personId(), id -> new HashMap<>()).put(h.field(), h));
    }

    List<Person> persons() {
        return persons;
    }

    Collection<OrgUnit> units() {
        return unitsByName.values();
    }

    Person byUsername(String username) {
        return byUsername.get(lower(username));
    }

    Person byKey(Source source, String key) {
        return byKey.get(source + ":" + lower(key));
    }

    OrgUnit unit(String name) {
        return unitsByName.get(lower(name));
    }

    boolean isHeld(Person person, PersonField field) {
        return hold(person, field) != null;
    }

    PersonHold hold(Person person, PersonField field) {
        Map<PersonField, PersonHold> held = holds.get(person.getId());
        return held == null ? null : held.get(field);
    }

    void added(Person person) {
        persons.add(person);
        index(person);
    }

    void renamed(Person person, String oldUsername) {
        byUsername.remove(lower(oldUsername));
        byUsername.put(lower(person.getUsername()), person);
    }

    void addUnit(OrgUnit unit) {
        // the first of several units with one name wins: the demo's and a source's are told apart by name only
        unitsByName.putIfAbsent(lower(unit.getName()), unit);
    }

    private void index(Person person) {
        byUsername.put(lower(person.getUsername()), person);
        if (person.getExternalId() != null) {
            byKey.put(person.getSource() + ":" + lower(person.getExternalId()), person);
        }
    }
}
