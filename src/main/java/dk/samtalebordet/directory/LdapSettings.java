package dk.samtalebordet.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's directory ({@code samtalebordet.ldap.*}): where it is, how people sign in against it, and
 * which attributes the synchronisation reads. Off while {@code url} is empty. See the README's section for IT.
 *
 * @param url                 {@code ldaps://dc1.kommune.local:636}; several, space-separated, are tried in turn
 * @param mode                {@code active-directory} (bind as {@code user@domain}) or {@code search-bind}
 * @param domain              the AD domain, {@code kommune.local}
 * @param baseDn              where the people are, {@code OU=Brugere,DC=kommune,DC=local}
 * @param userFilter          the sign-in search: {0} is the username as typed (AD: {@code user@domain}), {1} as typed
 * @param bindDn              the service account the synchronisation (and search-bind) reads with
 * @param bindPassword        its password, from the environment
 * @param trustStore          a trust store file for LDAPS when the directory's certificate is not in Java's own
 * @param trustStorePassword  its password
 * @param trustStoreType      {@code PKCS12} or {@code JKS}
 */
@ConfigurationProperties("samtalebordet.ldap")
public record LdapSettings(String url, Mode mode, String domain, String baseDn, String userFilter, String bindDn,
                           String bindPassword, String trustStore, String trustStorePassword, String trustStoreType,
                           Attributes attributes, Sync sync) {

    public enum Mode {
        ACTIVE_DIRECTORY,
        SEARCH_BIND
    }

    public LdapSettings {
        mode = mode == null ? Mode.ACTIVE_DIRECTORY : mode;
        baseDn = baseDn == null ? "" : baseDn;
        if (userFilter == null || userFilter.isBlank()) {
            userFilter = mode == Mode.ACTIVE_DIRECTORY ? "(&(objectClass=user)(sAMAccountName={1}))"
                    : "(uid={0})";
        }
        trustStoreType = trustStoreType == null ? "PKCS12" : trustStoreType;
        attributes = attributes == null ? new Attributes(null, null, null, null, null, null, null, null, null)
                : attributes;
        sync = sync == null ? new Sync(null, null, null, 0, null) : sync;
    }

    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    /** Whether the directory synchronisation runs on its schedule. */
    public boolean syncEnabled() {
        return enabled() && !Boolean.FALSE.equals(sync.enabled());
    }

    /** The attributes read from each person's entry; the defaults are Active Directory's. */
    public record Attributes(String username, String name, String title, String email, String employeeNumber,
                             String department, String manager, String memberOf, String userAccountControl) {
        public Attributes {
            username = or(username, "sAMAccountName");
            name = or(name, "displayName");
            title = or(title, "title");
            email = or(email, "mail");
            employeeNumber = or(employeeNumber, "employeeID");
            department = or(department, "department");
            manager = or(manager, "manager");
            memberOf = or(memberOf, "memberOf");
            userAccountControl = or(userAccountControl, "userAccountControl");
        }
    }

    /**
     * The synchronisation: on or off, when ({@code cron}, Spring's six fields), which entries are people, page size.
     */
    public record Sync(Boolean enabled, String cron, String filter, int pageSize, String baseDn) {
        public Sync {
            cron = or(cron, "0 15 * * * *");
            filter = or(filter, "(&(objectClass=user)(objectCategory=person))");
            pageSize = pageSize <= 0 ? 500 : pageSize;
        }
    }

    /** Where the synchronisation searches: its own base, else the sign-in's. */
    public String syncBaseDn() {
        return sync.baseDn() == null || sync.baseDn().isBlank() ? baseDn : sync.baseDn();
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", mode=" + mode + ", baseDn=" + baseDn + "]"; // never the password
    }
}
