package dk.samtalebordet.people;

import java.util.Set;

/** A person as their source knows them, with the source's keys: for a source that reads back what it wrote. */
public record SourcePerson(long id, String externalId, String username, String fullName, String jobTitle,
                           String email, String employeeNumber, String orgUnit, String managerExternalId,
                           boolean active, Set<Role> roles) {

    static SourcePerson of(Person p) {
        return new SourcePerson(p.getId(), p.getExternalId(), p.getUsername(), p.getFullName(), p.getJobTitle(),
                p.getEmail(), p.getEmployeeNumber(), p.getOrgUnit().getName(),
                p.getManager() == null ? null : p.getManager().getExternalId(), p.isActive(), p.getRoles());
    }

    /** The entry that describes this person as they are, for a change of some of it. */
    public DirectoryEntry toEntry() {
        return new DirectoryEntry(externalId, username, fullName, jobTitle, email, employeeNumber, orgUnit,
                managerExternalId, active, null);
    }
}
