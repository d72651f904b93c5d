package dk.samtalebordet.people;

import java.util.Set;

/** A read-only view of a person, safe to hand to any layer. */
public record PersonSummary(
        long id,
        String username,
        String fullName,
        String initials,
        String email,
        String jobTitle,
        long orgUnitId,
        String orgUnitName,
        Long managerId,
        String managerName,
        Set<Role> roles,
        boolean active,
        Source source) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
