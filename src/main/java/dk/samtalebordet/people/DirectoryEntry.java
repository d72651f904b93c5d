package dk.samtalebordet.people;

import org.springframework.lang.Nullable;

import java.util.EnumSet;
import java.util.Set;

/**
 * One person as a source describes them: a directory entry, a SCIM user or a CSV row.
 *
 * @param externalId the source's key for the person (the DN, the SCIM id); the username when it has none
 * @param managerRef the source's key of the personaleleder ({@code manager} DN), or null for none
 * @param active     false when the source has the person disabled
 * @param roles      the roles the source grants by group ({@link Role#HR}, {@link Role#ADMINISTRATOR}), or null
 *                   when the source does not manage roles
 * @param problem    why the source's reader could not read the entry (a CSV row with too few fields), in Danish;
 *                   such an entry is refused and changes nothing, but its person is not taken as gone
 */
public record DirectoryEntry(
        @Nullable String externalId,
        @Nullable String username,
        @Nullable String fullName,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable String employeeNumber,
        @Nullable String orgUnit,
        @Nullable String managerRef,
        boolean active,
        @Nullable Set<Role> roles,
        @Nullable String problem) {

    /** The roles a source can grant; everybody from a source is MEDARBEJDER, and LEDER follows from the data. */
    public static final Set<Role> SOURCE_ROLES = Set.of(Role.HR, Role.ADMINISTRATOR, Role.DPO);

    /** A person's roles with the ones a source grants replaced by {@code granted}; the others stay. */
    public static EnumSet<Role> withSourceRoles(Set<Role> current, Set<Role> granted) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        current.stream().filter(r -> !SOURCE_ROLES.contains(r)).forEach(roles::add);
        granted.stream().filter(SOURCE_ROLES::contains).forEach(roles::add);
        return roles;
    }

    public DirectoryEntry(String externalId, String username, String fullName, String jobTitle, String email,
                          String employeeNumber, String orgUnit, String managerRef, boolean active, Set<Role> roles) {
        this(externalId, username, fullName, jobTitle, email, employeeNumber, orgUnit, managerRef, active, roles,
                null);
    }

    /** The key used to match this entry: the external id, else the username. */
    public String key() {
        String key = externalId != null && !externalId.isBlank() ? externalId : username;
        return key == null ? "" : key.trim();
    }
}
