package dk.samtalebordet.organisation;

import dk.samtalebordet.people.Role;
import java.util.Set;

/**
 * What an administrator sets for a person by hand: org unit, personaleleder (null for none), the roles a source
 * may grant ({@link Role#HR}, {@link Role#ADMINISTRATOR}), and whether the person is active.
 */
public record PersonCorrection(long orgUnitId, Long managerId, Set<Role> roles, boolean active) {

    public PersonCorrection {
        roles = Set.copyOf(roles);
    }
}
