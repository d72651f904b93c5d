package dk.samtalebordet.people;

import dk.samtalebordet.people.store.Person;
import dk.samtalebordet.people.store.PersonHold;
import java.util.Collection;
import java.util.Set;

/** A person as their source knows them, with the source's keys: for a source that reads back what it wrote. */
public record SourcePerson(long id, String externalId, String username, String fullName, String jobTitle,
                           String email, String employeeNumber, String orgUnit, String managerExternalId,
                           boolean active, Set<Role> roles) {

    /**
     * The person as their source last said: where an administrator holds a field, the value the source sent
     * rather than the correction, so that a change of something else sent back does not undo the hold.
     */
    static SourcePerson of(Person p, Collection<PersonHold> holds) {
        String orgUnit = p.getOrgUnit().getName();
        String manager = p.getManager() == null ? null : p.getManager().getExternalId();
        boolean active = p.isActive();
        for (PersonHold hold : holds) {
            switch (hold.field()) {
                case ORG_UNIT -> orgUnit = hold.sourceKey() == null ? orgUnit : hold.sourceKey();
                case MANAGER -> manager = hold.sourceKey();
                case ACTIVE -> active = hold.sourceKey() == null ? active : Boolean.parseBoolean(hold.sourceKey());
                default -> { }
            }
        }
        return new SourcePerson(p.getId(), p.getExternalId(), p.getUsername(), p.getFullName(), p.getJobTitle(),
                p.getEmail(), p.getEmployeeNumber(), orgUnit, manager, active, p.getRoles());
    }

    /** The entry that describes this person as they are, for a change of some of it. */
    public DirectoryEntry toEntry() {
        return new DirectoryEntry(externalId, username, fullName, jobTitle, email, employeeNumber, orgUnit,
                managerExternalId, active, null);
    }
}
