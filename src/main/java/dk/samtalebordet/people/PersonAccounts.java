package dk.samtalebordet.people;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.people.store.ChangeRecorder;
import dk.samtalebordet.people.store.ConcurrentChange;
import dk.samtalebordet.people.store.OrgUnit;
import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonChangeRepository;
import dk.samtalebordet.people.store.PersonHold;
import dk.samtalebordet.people.store.PersonHoldRepository;
import dk.samtalebordet.people.store.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static dk.samtalebordet.shared.Translations.danish;

/** Accounts: the first administrator, a changed password, and the roles a sign-in brings from its groups. */
@Service
@Transactional
public class PersonAccounts {

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PersonChangeRepository changes;
    private final PersonHoldRepository holds;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    PersonAccounts(PersonRepository persons, OrgUnitRepository units, PersonChangeRepository changes,
                   PersonHoldRepository holds, Clock clock, PlatformTransactionManager transactions,
                   AuditLog audit) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.persons = persons;
        this.units = units;
        this.changes = changes;
        this.holds = holds;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasActiveAdministrator() {
        return persons.existsActiveWithRole(Role.ADMINISTRATOR);
    }

    /**
     * Creates the first administrator: a local account that must choose a new password at the first sign-in.
     * Refused when the username is taken.
     */
    public long createFirstAdministrator(String username, String passwordHash) {
        if (persons.existsByUsernameIgnoreCase(username)) {
            throw new OrganisationException(danish("bootstrap.username-taken", username));
        }
        OrgUnit unit = units.findByName(danish("bootstrap.unit")).orElseGet(() -> units.save(
                new OrgUnit(danish("bootstrap.unit"), Source.LOCAL)));
        Person admin = persons.save(new Person(Source.LOCAL, username, username, danish("bootstrap.name"), unit));
        admin.setRoles(EnumSet.of(Role.ADMINISTRATOR));
        admin.setPassword(passwordHash, true);
        new ChangeRecorder(changes, admin, Source.LOCAL, null, clock.instant())
                .record(PersonField.CREATED, null, username + " (" + danish("bootstrap.name") + ")");
        audit.record(Audited.of(AuditKind.ADMINISTRATOR_CREATED, null).about(admin.getId()).detail(username));
        return admin.getId();
    }

    /**
     * Erasure: the person stays only as an anonymous, inactive row that what is kept (a locked plan, the audit
     * log) can still point to: no name, username, e-mail, title, numbers, password or roles, and none of the
     * history of changes to them.
     */
    public void anonymise(long personId) {
        Person person = persons.findById(personId).orElseThrow();
        person.setUsername("slettet-" + personId);
        person.setFullName(danish("erasure.name"));
        person.setEmail(null);
        person.setJobTitle(null);
        person.setEmployeeNumber(null);
        person.setExternalId(null);
        person.setManager(null);
        person.setPassword(null, false);
        person.setRoles(EnumSet.noneOf(Role.class));
        person.setLanguage(null);
        person.setActive(false);
        holds.deleteAll(holds.findByKeyPersonId(personId));
        changes.deleteAll(changes.findByPersonIdOrderByChangedAtDescIdDesc(personId));
    }

    /** Remembers the language a person chose ("da" or "en"), for their next sign-in, their mails and reminders. */
    public void chooseLanguage(long personId, String language) {
        if (!language.equals("da") && !language.equals("en")) {
            throw new IllegalArgumentException("Unknown language " + language);
        }
        persons.findById(personId).orElseThrow().setLanguage(language);
    }

    /** The language a person chose, if they chose one. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> languageOf(long personId) {
        return persons.findById(personId).map(Person::getLanguage);
    }

    /** Sets a local account's new password (already checked and hashed); the change is recorded, not the hash. */
    public void changePassword(long personId, String passwordHash) {
        Person person = persons.findById(personId).orElseThrow();
        person.setPassword(passwordHash, false);
        new ChangeRecorder(changes, person, person.getSource(), personId, clock.instant())
                .record(PersonField.PASSWORD, null, "*");
        audit.record(Audited.of(AuditKind.PASSWORD_CHANGED, personId).about(personId));
    }

    /**
     * The roles a sign-in brings from the person's groups ({@link RoleMapping#rolesOf}); applied unless an
     * administrator holds the person's roles. Returns the account as it is now.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Account> signedIn(long personId, Source through, Set<Role> fromGroups) {
        // a run changing the same person at this moment makes the sign-in read again, never fail
        return ConcurrentChange.retried(transaction, status -> {
            Person person = persons.findById(personId).orElse(null);
            if (person == null) {
                return Optional.<Account>empty();
            }
            if (fromGroups != null) {
                applyGroupRoles(person, through, fromGroups);
            }
            return Optional.of(PeopleService.account(person));
        });
    }

    /**
     * The roles a source grants a person by their groups (SCIM group membership), applied unless an
     * administrator holds the person's roles.
     */
    public void groupRoles(long personId, Source through, Set<Role> fromGroups) {
        persons.findById(personId).ifPresent(person -> applyGroupRoles(person, through, fromGroups));
    }

    private void applyGroupRoles(Person person, Source through, Set<Role> fromGroups) {
        if (person.getSource() == Source.LOCAL) {
            return; // a local account's roles are set in Samtalebordet only
        }
        Set<Role> wanted = DirectoryEntry.withSourceRoles(person.getRoles(), fromGroups);
        wanted.add(Role.MEDARBEJDER);
        var hold = holds.findById(new PersonHold.Key(person.getId(), PersonField.ROLES));
        if (hold.isPresent()) {
            hold.get().receivedFromSource(ChangeRecorder.roles(wanted), null); // kept beside the correction
            return;
        }
        if (new ChangeRecorder(changes, person, through, null, clock.instant()).record(PersonField.ROLES,
                ChangeRecorder.roles(person.getRoles()), ChangeRecorder.roles(wanted))) {
            person.setRoles(wanted);
        }
    }
}
