package dk.samtalebordet.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which groups of the directory or the identity provider grant which role ({@code samtalebordet.roles.hr},
 * {@code samtalebordet.roles.administrator}, {@code samtalebordet.roles.dpo}): each a list of group DNs
 * ({@code CN=SG-HR,OU=Grupper,...}), group names or, for Entra ID, group object ids, separated by {@code ;} (a
 * DN has commas of its own), each exactly as the directory or provider sends it. MEDARBEJDER is everybody, LEDER follows from who is whose
 * personaleleder. The lists are read once: a synchronisation asks for every person.
 */
@ConfigurationProperties("samtalebordet.roles")
public class RoleMapping {

    private final Set<String> hr;
    private final Set<String> administrator;
    private final Set<String> dpo;

    public RoleMapping(@Name("hr") String hr, @Name("administrator") String administrator,
                       @Name("dpo") String dpo) {
        this.hr = parse(hr);
        this.administrator = parse(administrator);
        this.dpo = parse(dpo);
    }

    /** Whether any group is mapped: a source without a mapping does not manage roles. */
    public boolean configured() {
        return !hr.isEmpty() || !administrator.isEmpty() || !dpo.isEmpty();
    }

    /**
     * The roles the given groups grant, or null when no mapping is configured. Exact matches only (case and
     * spaces around a DN's separators ignored): a name alone never matches a DN, nor a DN another OU's group of
     * the same CN, so a group created elsewhere cannot grant HR or administrator.
     */
    public Set<Role> rolesOf(Collection<String> groups) {
        if (!configured()) {
            return null;
        }
        Set<String> given = groups.stream().map(RoleMapping::normalise).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (given.stream().anyMatch(hr::contains)) {
            roles.add(Role.HR);
        }
        if (given.stream().anyMatch(administrator::contains)) {
            roles.add(Role.ADMINISTRATOR);
        }
        if (given.stream().anyMatch(dpo::contains)) {
            roles.add(Role.DPO);
        }
        return roles;
    }

    private static Set<String> parse(String groups) {
        return groups == null ? Set.of() : Arrays.stream(groups.split("[;\\n]")).map(String::trim)
                .filter(g -> !g.isEmpty()).map(RoleMapping::normalise).collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String dn) {
        return dn.trim().replaceAll("\\s*([,=])\\s*", "$1").toLowerCase(Locale.ROOT);
    }
}
