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
 * names or, for Entra ID, group object ids, separated by {@code ;} (a DN has commas of its own). A group DN also
 * matches by its CN alone, a group path ({@code /Samtalebordet/HR}) by its last part. MEDARBEJDER is everybody,
 * LEDER follows from who is whose personaleleder.
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
     * A DN matches a DN in full; otherwise names are compared, a DN by its CN and a path by its last part, so a
     * configured {@code CN=SG-HR,OU=Grupper,...} also matches the group name {@code SG-HR} an OIDC provider sends.
     */
    private static boolean matches(List<String> configured, String group) {
        String given = normalise(group);
        return configured.stream().map(RoleMapping::normalise).anyMatch(c -> c.equals(given)
                || !(isDn(c) && isDn(given)) && name(c).equals(name(given)));
    }

    private static boolean isDn(String value) {
        return value.startsWith("cn=") && value.contains(",");
    }

    private static String name(String value) {
        if (value.startsWith("cn=")) {
            return value.substring(3, value.contains(",") ? value.indexOf(',') : value.length());
        }
        return value.substring(value.lastIndexOf('/') + 1);
    }

    private static String normalise(String dn) {
        return dn.trim().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT);
    }
}
