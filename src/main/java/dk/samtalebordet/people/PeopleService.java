package dk.samtalebordet.people;

import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonHold;
import dk.samtalebordet.people.store.PersonHoldRepository;
import dk.samtalebordet.people.store.PersonRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the organisation: who is who, and who leads whom. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PersonHoldRepository holds;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    PeopleService(PersonRepository persons, OrgUnitRepository units, PersonHoldRepository holds,
                  org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.holds = holds;
        this.persons = persons;
        this.units = units;
    }

    /**
     * The persons deactivated before the given time and not active since: the retention rules count the years
     * a former employee's records are kept from here. A person whose deactivation is not recorded is left out.
     */
    public List<Long> deactivatedBefore(java.time.Instant before) {
        return jdbc.sql("select p.id from person p where p.active = false and (select max(c.changed_at) "
                        + "from person_change c where c.person_id = p.id and c.field = 'ACTIVE') < ?")
                .param(java.sql.Timestamp.from(before)).query(Long.class).list();
    }

    public Optional<Account> findAccount(String username) {
        return persons.findByUsernameIgnoreCase(username.trim()).map(PeopleService::account);
    }

    /** The person with this employee number, when exactly one has it. */
    public Optional<Account> findAccountByEmployeeNumber(String employeeNumber) {
        List<Person> found = persons.findByEmployeeNumber(employeeNumber.trim()).stream()
                .filter(Person::isActive).toList();
        return found.size() == 1 ? Optional.of(account(found.get(0))) : Optional.empty();
    }

    static Account account(Person p) {
        return new Account(p.getId(), p.getUsername(), p.getFullName(), p.getPasswordHash(), p.isActive(),
                p.getRoles(), p.isMustChangePassword(), p.getSource());
    }

    public Optional<PersonSummary> findById(long id) {
        return persons.findById(id).map(Person::toSummary);
    }

    public List<PersonSummary> findAll(Collection<Long> ids) {
        return persons.findByIdIn(ids).stream().map(Person::toSummary).toList();
    }

    /** The active persons whose personaleleder is the given leader. */
    public List<PersonSummary> directReports(long leaderId) {
        return persons.findByManagerIdAndActiveTrueOrderByFullName(leaderId).stream()
                .map(Person::toSummary).toList();
    }

    /**
     * One page of the organisation, ordered by name, of those whose name, username or org unit contains the text
     * (all for an empty text): for views that must stay usable at 50,000 persons.
     */
    public List<PersonSummary> search(String text, int page, int pageSize) {
        return persons.search(pattern(text), PageRequest.of(page, pageSize, Sort.by("fullName", "id")))
                .map(Person::toSummary).getContent();
    }

    /** The same, of active persons only: for choosing a personaleleder. */
    public List<PersonSummary> searchActive(String text, int page, int pageSize) {
        return persons.searchActive(pattern(text), PageRequest.of(page, pageSize, Sort.by("fullName", "id")))
                .map(Person::toSummary).getContent();
    }

    public int count(String text) {
        return (int) persons.countSearch(pattern(text));
    }

    /** The active org units, by name, for choosing one. */
    public List<OrgUnitSummary> activeUnits() {
        return units.findByActiveTrueOrderByName().stream()
                .map(u -> new OrgUnitSummary(u.getId(), u.getName())).toList();
    }

    private static String pattern(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + clean + "%";
    }

    /** A person of a source by the source's key. */
    public Optional<SourcePerson> findBySourceKey(Source source, String externalId) {
        return persons.findBySourceAndExternalIdIgnoreCase(source, externalId).map(this::asSourceSees);
    }

    /** A person of a source by username. */
    public Optional<SourcePerson> findBySourceUsername(Source source, String username) {
        return persons.findByUsernameIgnoreCase(username.trim()).filter(p -> p.getSource() == source)
                .map(this::asSourceSees);
    }

    /** One page of a source's persons, in the order they were created. */
    public List<SourcePerson> sourcePersons(Source source, int page, int pageSize) {
        List<Person> found = persons.findBySource(source, PageRequest.of(page, pageSize, Sort.by("id"))).toList();
        Map<Long, List<PersonHold>> held = holds.findByKeyPersonIdIn(found.stream().map(Person::getId).toList())
                .stream().collect(Collectors.groupingBy(PersonHold::personId));
        return found.stream().map(p -> SourcePerson.of(p, held.getOrDefault(p.getId(), List.of()))).toList();
    }

    private SourcePerson asSourceSees(Person person) {
        return SourcePerson.of(person, holds.findByKeyPersonId(person.getId()));
    }

    public long countSourcePersons(Source source) {
        return persons.countBySource(source);
    }

    /** Everybody, ordered by org unit and name. */
    public List<PersonSummary> directory() {
        return persons.findAllByOrderByOrgUnitNameAscFullNameAsc().stream().map(Person::toSummary).toList();
    }
}
