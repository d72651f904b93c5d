package dk.samtalebordet.organisation;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.PersonChangeRecord;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.RoleMapping;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.store.ChangeRecorder;
import dk.samtalebordet.people.store.ConcurrentChange;
import dk.samtalebordet.people.store.LeaderRoles;
import dk.samtalebordet.people.store.OrgUnit;
import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonChange;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dk.samtalebordet.people.store.ChangeRecorder.active;
import static dk.samtalebordet.people.store.ChangeRecorder.manager;
import static dk.samtalebordet.people.store.ChangeRecorder.roles;
import static dk.samtalebordet.shared.Translations.danish;

/**
 * Corrections by hand: an administrator sets a person's org unit, personaleleder, roles or status. The same rules
 * hold as for every source (an active leader, no ring, not oneself); every change is recorded with who and when;
 * and a field of a person from a source is held, so the next synchronisation keeps the correction and shows the
 * conflict instead of silently undoing it, until the administrator hands the field back to the source.
 */
@Service
@Transactional
public class PersonAdministration {

    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PersonHoldRepository holds;
    private final PersonChangeRepository changes;
    private final Clock clock;
    private final RoleMapping roleMapping;
    private final TransactionTemplate transaction;
    private final AuditLog audit;

    PersonAdministration(PersonRepository persons, OrgUnitRepository units, PersonHoldRepository holds,
                         PersonChangeRepository changes, Clock clock, RoleMapping roleMapping,
                         PlatformTransactionManager transactions, AuditLog audit) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.roleMapping = roleMapping;
        this.persons = persons;
        this.units = units;
        this.holds = holds;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Applies a correction; refused as a whole, with a Danish reason, when it breaks a rule. A run changing the
     * same person at this moment makes it start again from a fresh read: the administrator's choices are applied
     * over the run's, and neither is lost.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void correct(long administratorId, long personId, PersonCorrection correction) {
        ConcurrentChange.retried(transaction, status -> {
            applyCorrection(administratorId, personId, correction);
            return null;
        });
    }

    private void applyCorrection(long administratorId, long personId, PersonCorrection correction) {
        requireAdministrator(administratorId);
        Person person = persons.findById(personId).orElseThrow(() -> refused("admin.refused.no-person"));
        OrgUnit unit = units.findById(correction.orgUnitId()).orElseThrow(() -> refused("admin.refused.no-unit"));
        Person leader = correction.managerId() == null ? null : persons.findById(correction.managerId())
                .orElseThrow(() -> refused("admin.refused.no-person"));
        boolean leaderChanges = !java.util.Objects.equals(correction.managerId(),
                person.getManager() == null ? null : person.getManager().getId());
        if (leader != null && leaderChanges) {
            if (leader.getId().equals(person.getId())) {
                throw refused("admin.refused.own-leader");
            }
            if (!leader.isActive()) {
                throw new OrganisationException(danish("organisation.refused.manager-inactive",
                        leader.getFullName()));
            }
            Set<Long> seen = new HashSet<>();
            for (Person above = leader; above != null && seen.add(above.getId()); above = above.getManager()) {
                if (above.getId().equals(person.getId())) {
                    throw new OrganisationException(danish("admin.refused.ring", person.getFullName(),
                            leader.getFullName()));
                }
            }
        }
        if (!correction.active() && administratorId == personId) {
            throw refused("admin.refused.own-deactivation");
        }
        if (administratorId == personId && !correction.roles().contains(Role.ADMINISTRATOR)) {
            throw refused("admin.refused.own-administrator");
        }
        Instant now = clock.instant();
        ChangeRecorder edit = new ChangeRecorder(changes, person, Source.LOCAL, administratorId, now);
        List<PersonField> changed = new ArrayList<>();
        Set<Long> affectedLeaders = new HashSet<>();
        if (person.getManager() != null) {
            affectedLeaders.add(person.getManager().getId());
        }
        if (edit.record(PersonField.ORG_UNIT, person.getOrgUnit().getName(), unit.getName())) {
            changed.add(PersonField.ORG_UNIT);
            hold(person, PersonField.ORG_UNIT, person.getOrgUnit().getName(), person.getOrgUnit().getName(),
                    administratorId, now);
            person.setOrgUnit(unit);
        }
        if (edit.record(PersonField.MANAGER, manager(person.getManager()), manager(leader))) {
            changed.add(PersonField.MANAGER);
            hold(person, PersonField.MANAGER, manager(person.getManager()),
                    person.getManager() == null ? null : person.getManager().getExternalId(), administratorId, now);
            person.setManager(leader);
        }
        Set<Role> wanted = DirectoryEntry.withSourceRoles(person.getRoles(), correction.roles());
        if (edit.record(PersonField.ROLES, roles(person.getRoles()), roles(wanted))) {
            changed.add(PersonField.ROLES);
            if (sourceManagesRoles(person)) {
                hold(person, PersonField.ROLES, roles(person.getRoles()), null, administratorId, now);
            }
            person.setRoles(wanted);
        }
        if (edit.record(PersonField.ACTIVE, active(person.isActive()), active(correction.active()))) {
            changed.add(PersonField.ACTIVE);
            hold(person, PersonField.ACTIVE, active(person.isActive()), String.valueOf(person.isActive()),
                    administratorId, now);
            person.setActive(correction.active());
        }
        if (leader != null) {
            affectedLeaders.add(leader.getId());
        }
        affectedLeaders.add(person.getId());
        LeaderRoles.followFor(persons, changes, affectedLeaders, administratorId, now);
        if (!changed.isEmpty()) {
            audit.record(Audited.of(AuditKind.PERSON_CORRECTED, administratorId).about(personId)
                    .detail(changed.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
                            + (changed.contains(PersonField.ROLES) ? ": " + roles(wanted) : "")));
        }
    }

    /** Hands a held field back to its source: the next synchronisation applies the source's value. */
    public void release(long administratorId, long personId, PersonField field) {
        requireAdministrator(administratorId);
        holds.deleteById(new PersonHold.Key(personId, field));
        audit.record(Audited.of(AuditKind.HOLD_RELEASED, administratorId).about(personId).detail(field.name()));
    }

    @Transactional(readOnly = true)
    public List<HeldField> held(long personId) {
        Person person = persons.findById(personId).orElseThrow(() -> refused("admin.refused.no-person"));
        return holds.findByKeyPersonId(personId).stream().map(h -> heldField(person, h)).toList();
    }

    /** Every held field whose source now says something else: what the administrator should look at. */
    @Transactional(readOnly = true)
    public List<HeldField> conflicts() {
        return holds.findAll().stream()
                .map(h -> heldField(persons.findById(h.personId()).orElseThrow(), h))
                .filter(HeldField::conflict).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonChangeRecord> history(long personId) {
        return changes.findByPersonIdOrderByChangedAtDescIdDesc(personId).stream().map(PersonChange::toRecord)
                .toList();
    }

    private HeldField heldField(Person person, PersonHold hold) {
        String current = switch (hold.field()) {
            case ORG_UNIT -> person.getOrgUnit().getName();
            case MANAGER -> manager(person.getManager());
            case ROLES -> roles(person.getRoles());
            case ACTIVE -> active(person.isActive());
            default -> null;
        };
        return new HeldField(person.getId(), hold.field(), current, hold.sourceValue(), hold.heldAt(),
                hold.heldBy(), !Objects.equals(current, hold.sourceValue()));
    }

    /** A person of a source gets a hold; the source's value is the one the field had until now. */
    private void hold(Person person, PersonField field, String sourceValue, String sourceKey, long administratorId,
                      Instant now) {
        if (person.getSource() == Source.LOCAL || holds.existsById(new PersonHold.Key(person.getId(), field))) {
            return;
        }
        holds.save(new PersonHold(person.getId(), field, sourceValue, sourceKey, now, administratorId));
    }

    /** Roles come from the directory's or the provider's groups when they are mapped; a CSV file has none. */
    private boolean sourceManagesRoles(Person person) {
        return person.getSource() != Source.CSV && roleMapping.configured();
    }

    private void requireAdministrator(long administratorId) {
        boolean administrator = persons.findById(administratorId)
                .map(p -> p.isActive() && p.getRoles().contains(Role.ADMINISTRATOR)).orElse(false);
        if (!administrator) {
            throw refused("admin.refused.not-administrator");
        }
    }

    private static OrganisationException refused(String key) {
        return new OrganisationException(danish(key));
    }
}
