package dk.samtalebordet.organisation;

import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import dk.samtalebordet.people.store.ChangeRecorder;
import dk.samtalebordet.people.store.OrgUnit;
import dk.samtalebordet.people.store.OrgUnitRepository;
import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonChangeRepository;
import dk.samtalebordet.people.store.PersonHold;
import dk.samtalebordet.people.store.PersonRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dk.samtalebordet.people.store.ChangeRecorder.active;
import static dk.samtalebordet.people.store.ChangeRecorder.manager;
import static dk.samtalebordet.people.store.ChangeRecorder.roles;
import static dk.samtalebordet.organisation.SyncPlan.text;

/**
 * Applies a decided {@link SyncPlan} to the stored organisation: creates and updates the accepted persons, sets
 * their personaleledere once everybody exists, deactivates those a complete source no longer has, and keeps every
 * field an administrator holds, reporting the source's differing value as a conflict.
 */
final class Synchronisation {

    private final Source source;
    private final Long actor;
    private final Instant now;
    private final OrganisationSnapshot stored;
    private final PersonRepository persons;
    private final OrgUnitRepository units;
    private final PersonChangeRepository log;
    private final List<ImportLine> lines = new ArrayList<>();
    /** The persons whose leader role may have changed: those whose personaleleder changed, and both leaders. */
    private final Set<Long> leadersAffected = new HashSet<>();
    private int unchanged;

    Synchronisation(Source source, Long actor, Instant now, OrganisationSnapshot stored, PersonRepository persons,
                    OrgUnitRepository units, PersonChangeRepository log) {
        this.source = source;
        this.actor = actor;
        this.now = now;
        this.stored = stored;
        this.persons = persons;
        this.units = units;
        this.log = log;
    }

    /** Applies the plan; the report's deactivations include those of persons the source no longer has. */
    ImportReport apply(SyncPlan plan) {
        for (Candidate c : plan.candidates) {
            if (!c.accepted()) {
                lines.add(new ImportLine(ImportLine.Kind.REFUSED, c.subject(), c.refusal));
            } else if (c.existing == null && !c.active) {
                unchanged++; // disabled in the source and never known here: nothing to do
            } else if (!c.active) {
                c.person = c.existing; // disabled in the source: deactivated, nothing else of the entry is used
                c.edit = recorder(c.existing);
                setActive(c.existing, false, c.edit, c);
            } else {
                c.edit = fields(c);
            }
        }
        for (Candidate c : plan.candidates) {
            if (c.edit != null) {
                if (c.active) {
                    setManager(c, c.edit);
                }
                report(c, c.edit);
            }
        }
        for (Person missing : plan.missing()) {
            if (missing.isActive()) {
                ChangeRecorder edit = recorder(missing);
                if (!setActive(missing, false, edit, null)) {
                    lines.add(new ImportLine(ImportLine.Kind.DEACTIVATED, subject(missing),
                            text("organisation.line.gone")));
                }
            }
        }
        if (plan.complete()) {
            unitsFollowTheirPersons();
        }
        return ImportReport.of(source, lines, unchanged);
    }

    Set<Long> leadersAffected() {
        return leadersAffected;
    }

    private ChangeRecorder fields(Candidate c) {
        OrgUnit unit = unit(c.orgUnit);
        Person person = c.existing;
        ChangeRecorder edit;
        if (person == null) {
            person = persons.save(new Person(source, c.key, c.username, c.fullName, unit));
            person.setRoles(EnumSet.of(Role.MEDARBEJDER));
            stored.added(person);
            edit = recorder(person);
            edit.record(PersonField.CREATED, null, c.subject());
        } else {
            edit = recorder(person);
            if (!person.getUsername().equals(c.username)) {
                String old = person.getUsername();
                edit.record(PersonField.USERNAME, old, c.username);
                person.setUsername(c.username);
                stored.renamed(person, old);
            }
            if (edit.record(PersonField.NAME, person.getFullName(), c.fullName)) {
                person.setFullName(c.fullName);
            }
            person.setExternalId(c.key);
            if (!held(person, PersonField.ORG_UNIT, person.getOrgUnit().getName(), unit.getName(), unit.getName(), c)
                    && edit.record(PersonField.ORG_UNIT, person.getOrgUnit().getName(), unit.getName())) {
                person.setOrgUnit(unit);
            }
            setActive(person, c.active, edit, c);
        }
        c.person = person;
        if (edit.record(PersonField.TITLE, person.getJobTitle(), c.jobTitle)) {
            person.setJobTitle(c.jobTitle);
        }
        if (edit.record(PersonField.EMAIL, person.getEmail(), c.email)) {
            person.setEmail(c.email);
        }
        if (edit.record(PersonField.EMPLOYEE_NUMBER, person.getEmployeeNumber(), c.employeeNumber)) {
            person.setEmployeeNumber(c.employeeNumber);
        }
        if (c.roles != null) {
            Set<Role> wanted = DirectoryEntry.withSourceRoles(person.getRoles(), c.roles);
            wanted.add(Role.MEDARBEJDER);
            if (!held(person, PersonField.ROLES, roles(person.getRoles()), roles(wanted), null, c)
                    && edit.record(PersonField.ROLES, roles(person.getRoles()), roles(wanted))) {
                person.setRoles(wanted);
            }
        }
        return edit;
    }

    private void setManager(Candidate c, ChangeRecorder edit) {
        Person wanted = c.managerCandidate != null ? c.managerCandidate.person : c.managerPerson;
        Person person = c.person;
        if (!held(person, PersonField.MANAGER, manager(person.getManager()), manager(wanted),
                wanted == null ? null : wanted.getExternalId(), c)
                && edit.record(PersonField.MANAGER, manager(person.getManager()), manager(wanted))) {
            if (person.getManager() != null) {
                leadersAffected.add(person.getManager().getId());
            }
            if (wanted != null) {
                leadersAffected.add(wanted.getId());
            }
            person.setManager(wanted);
        }
    }

    /** Sets active or not; returns true when a held correction kept it as it was. */
    private boolean setActive(Person person, boolean active, ChangeRecorder edit, Candidate c) {
        if (held(person, PersonField.ACTIVE, active(person.isActive()), active(active),
                String.valueOf(active), c)) {
            return true;
        }
        if (edit.record(PersonField.ACTIVE, active(person.isActive()), active(active))) {
            person.setActive(active);
            if (person.getManager() != null) {
                leadersAffected.add(person.getManager().getId());
            }
            leadersAffected.add(person.getId());
        }
        return false;
    }

    /**
     * Whether an administrator holds the field. The source's value is kept beside the correction, and a
     * difference is reported as a conflict every run until the administrator settles it. {@code sourceKey} is
     * the source's own form of the value (a unit's name, a manager's key, true or false), for a source that
     * reads the person back.
     */
    private boolean held(Person person, PersonField field, String current, String fromSource, String sourceKey,
                         Candidate c) {
        PersonHold hold = stored.hold(person, field);
        if (hold == null) {
            return false;
        }
        hold.receivedFromSource(fromSource, sourceKey);
        if (!Objects.equals(current, fromSource)) {
            lines.add(new ImportLine(ImportLine.Kind.CONFLICT, c == null ? subject(person) : c.subject(),
                    text("organisation.line.conflict", text("person-field." + field),
                            current == null ? "–" : current, fromSource == null ? "–" : fromSource)));
        }
        return true;
    }

    private void report(Candidate c, ChangeRecorder edit) {
        if (c.existing == null) {
            lines.add(new ImportLine(ImportLine.Kind.CREATED, c.subject(), null));
        } else if (!edit.changed()) {
            unchanged++;
        } else {
            ImportLine.Kind kind = edit.changed(PersonField.ACTIVE)
                    ? c.person.isActive() ? ImportLine.Kind.REACTIVATED : ImportLine.Kind.DEACTIVATED
                    : ImportLine.Kind.UPDATED;
            lines.add(new ImportLine(kind, c.subject(), edit.description()));
        }
    }

    private OrgUnit unit(String name) {
        OrgUnit unit = stored.unit(name);
        if (unit == null) {
            unit = units.save(new OrgUnit(name, source));
            stored.addUnit(unit);
        }
        return unit;
    }

    /** A source's unit is active while an active person is in it. */
    private void unitsFollowTheirPersons() {
        Set<Long> inUse = new HashSet<>();
        stored.persons().stream().filter(Person::isActive).forEach(p -> inUse.add(p.getOrgUnit().getId()));
        stored.units().stream().filter(u -> u.getSource() == source)
                .forEach(u -> u.setActive(inUse.contains(u.getId())));
    }

    private ChangeRecorder recorder(Person person) {
        return new ChangeRecorder(log, person, source, actor, now);
    }

    private static String subject(Person person) {
        return person.getUsername() + " (" + person.getFullName() + ")";
    }
}
