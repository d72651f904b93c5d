package dk.samtalebordet.people;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads the organisation: who is who, and who leads whom. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository persons;

    PeopleService(PersonRepository persons) {
        this.persons = persons;
    }

    public Optional<Account> findAccount(String username) {
        return persons.findByUsernameIgnoreCase(username.trim())
                .map(p -> new Account(p.getId(), p.getUsername(), p.getFullName(), p.getPasswordHash(),
                        p.isActive(), p.getRoles()));
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

    /** Everybody, ordered by org unit and name. */
    public List<PersonSummary> directory() {
        return persons.findAllByOrderByOrgUnitNameAscFullNameAsc().stream().map(Person::toSummary).toList();
    }
}
