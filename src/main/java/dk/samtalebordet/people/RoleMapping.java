package dk.samtalebordet.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which groups of the directory or the identity provider grant which role ({@code samtalebordet.roles.hr},
 * {@code samtalebordet.roles.administrator}): each a list of group DNs ({@code CN=SG-HR,OU=Grupper,...}), group
 * names or, for Entra ID, group object ids, separated by {@code ;} (a DN has commas of its own), each exactly
 * as the directory or provider sends it. MEDARBEJDER is everybody, LEDER follows from who is whose
 * personaleleder.
 */
@ConfigurationProperties("samtalebordet.roles")
public record RoleMapping(String hrGroups, String administratorGroups) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public RoleMapping(@org.springframework.boot.context.properties.bind.Name("hr") String hrGroups,
                       @org.springframework.boot.context.properties.bind.Name("administrator")
                       String administratorGroups) {
        this.hrGroups = hrGroups == null ? "" : hrGroups;
        this.administratorGroups = administratorGroups == null ? "" : administratorGroups;
    }

    public List<String> hr() {
        return split(hrGroups);
    }

    public List<String> administrator() {
        return split(administratorGroups);
    }

    private static List<String> split(String groups) {
        return java.util.Arrays.stream(groups.split("[;\\n]")).map(String::trim).filter(g -> !g.isEmpty()).toList();
    }

    /** Whether any group is mapped: a source without a mapping does not manage roles. */
    public boolean configured() {
        return !hr().isEmpty() || !administrator().isEmpty();
    }

    /** The roles the given groups grant, or null when no mapping is configured. */
    public Set<Role> rolesOf(Collection<String> groups) {
        if (!configured()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups.stream().anyMatch(g -> matches(hr(), g))) {
            roles.add(Role.HR);
        }
        if (groups.stream().anyMatch(g -> matches(administrator(), g))) {
            roles.add(Role.ADMINISTRATOR);
        }
        return roles;
    }

    /**
     * Exact matches only (case and spaces around a DN's separators ignored): a group a directory or provider
     * names must be listed as it names it. A name alone never matches a DN, nor a DN another OU's group of the
     * same CN: a group created elsewhere must not grant HR or administrator.
     */
    private static boolean matches(List<String> configured, String group) {
        String given = normalise(group);
        return configured.stream().map(RoleMapping::normalise).anyMatch(given::equals);
    }

    private static String normalise(String dn) {
        return dn.trim().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT);
    }
}
