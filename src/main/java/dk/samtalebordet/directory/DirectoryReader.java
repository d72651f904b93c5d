package dk.samtalebordet.directory;

import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.RoleMapping;
import org.springframework.ldap.control.PagedResultsDirContextProcessor;
import org.springframework.ldap.core.ContextMapper;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.LdapOperations;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.core.support.SingleContextSource;

import javax.naming.directory.SearchControls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every person under the synchronisation's base DN with its filter, a page at a time on one connection
 * (Active Directory answers at most 1,000 entries per search otherwise), and maps each entry to a
 * {@link DirectoryEntry}: the DN is the key, {@code manager} the personaleleder's DN, {@code memberOf} the roles,
 * and bit 2 of {@code userAccountControl} a disabled account.
 */
final class DirectoryReader {

    private static final int ACCOUNT_DISABLED = 0x2;

    private final LdapSettings settings;
    private final RoleMapping roles;

    DirectoryReader(LdapSettings settings, RoleMapping roles) {
        this.settings = settings;
        this.roles = roles;
    }

    List<DirectoryEntry> readAll(LdapContextSource connection) {
        LdapSettings.Attributes a = settings.attributes();
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {a.username(), a.name(), a.title(), a.email(),
                a.employeeNumber(), a.department(), a.manager(), a.memberOf(), a.userAccountControl()});
        PagedResultsDirContextProcessor pages = new PagedResultsDirContextProcessor(settings.sync().pageSize());
        List<DirectoryEntry> all = new ArrayList<>();
        SingleContextSource.doWithSingleContext(connection, (LdapOperations ldap) -> {
            do {
                all.addAll(ldap.search(settings.syncBaseDn(), settings.sync().filter(), controls, mapper(), pages));
            } while (pages.hasMore());
            return null;
        });
        return all;
    }

    private ContextMapper<DirectoryEntry> mapper() {
        LdapSettings.Attributes a = settings.attributes();
        return context -> {
            DirContextAdapter entry = (DirContextAdapter) context;
            String[] groups = entry.getStringAttributes(a.memberOf());
            String control = entry.getStringAttribute(a.userAccountControl());
            boolean disabled = control != null && control.matches("\\d+")
                    && (Long.parseLong(control) & ACCOUNT_DISABLED) != 0;
            return new DirectoryEntry(Dns.normalise(entry.getNameInNamespace()), entry.getStringAttribute(a.username()),
                    entry.getStringAttribute(a.name()), entry.getStringAttribute(a.title()),
                    entry.getStringAttribute(a.email()), entry.getStringAttribute(a.employeeNumber()),
                    entry.getStringAttribute(a.department()), Dns.normalise(entry.getStringAttribute(a.manager())),
                    !disabled, roles.rolesOf(groups == null ? List.of() : Arrays.asList(groups)));
        };
    }
}
