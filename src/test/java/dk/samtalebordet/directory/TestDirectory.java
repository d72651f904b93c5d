package dk.samtalebordet.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * A real LDAP server for the tests, speaking LDAP on a port of its own, with an Active Directory-like tree:
 * {@code sAMAccountName}, {@code userPrincipalName}, {@code memberOf}, {@code manager}, {@code userAccountControl}.
 * The schema check is off (AD's attributes are not in UnboundID's standard schema), and a bind as
 * {@code user@kommune.local} is mapped to the user's DN, as Active Directory does.
 */
public final class TestDirectory {

    public static final String BASE = "dc=kommune,dc=local";
    public static final String PEOPLE = "ou=Brugere," + BASE;
    public static final String GROUPS = "ou=Grupper," + BASE;
    public static final String HR_GROUP = "cn=SG-Samtalebordet-HR," + GROUPS;
    public static final String ADMIN_GROUP = "cn=SG-Samtalebordet-Admin," + GROUPS;
    public static final String SERVICE_DN = "cn=svc-samtalebordet,ou=Service," + BASE;
    public static final String SERVICE_PASSWORD = "tjeneste-konto-hemmelig";
    public static final String PASSWORD = "Vinter-i-Kommunen-2026";

    private final InMemoryDirectoryServer server;

    public TestDirectory() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            UpnBinds upn = new UpnBinds();
            config.addInMemoryOperationInterceptor(upn);
            server = new InMemoryDirectoryServer(config);
            upn.server = server;
            server.add(new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "kommune")));
            for (String ou : List.of("Brugere", "Grupper", "Service")) {
                server.add(new Entry("ou=" + ou + "," + BASE, new Attribute("objectClass", "top", "organizationalUnit"),
                        new Attribute("ou", ou)));
            }
            server.add(new Entry(SERVICE_DN, new Attribute("objectClass", "top", "person"),
                    new Attribute("cn", "svc-samtalebordet"), new Attribute("sn", "svc"),
                    new Attribute("userPassword", SERVICE_PASSWORD)));
            server.add(new Entry(HR_GROUP, new Attribute("objectClass", "top", "group"),
                    new Attribute("cn", "SG-Samtalebordet-HR")));
            server.add(new Entry(ADMIN_GROUP, new Attribute("objectClass", "top", "group"),
                    new Attribute("cn", "SG-Samtalebordet-Admin")));
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "ldap://localhost:" + server.getListenPort();
    }

    public static String dn(String username) {
        return "cn=" + username + "," + PEOPLE;
    }

    /** Adds a user as AD has them; {@code manager} is the leader's username or null, groups are DNs. */
    public void addUser(String username, String name, String title, String department, String employeeId,
                        String manager, String... groups) {
        addUserAs(username, username, name, title, department, employeeId, manager, groups);
    }

    /** The same, with an entry (a DN) of its own name: an account moved, or a username given anew. */
    public void addUserAs(String cn, String username, String name, String title, String department,
                          String employeeId, String manager, String... groups) {
        List<Attribute> attributes = new ArrayList<>(List.of(
                new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
                new Attribute("objectCategory", "person"),
                new Attribute("cn", cn), new Attribute("sn", name.isEmpty() ? username : name),
                new Attribute("sAMAccountName", username),
                new Attribute("userPrincipalName", username + "@kommune.local"),
                new Attribute("mail", username + "@kommune.example"),
                new Attribute("userAccountControl", "512"),
                new Attribute("userPassword", PASSWORD)));
        if (!name.isEmpty()) {
            attributes.add(new Attribute("displayName", name));
        }
        if (title != null) {
            attributes.add(new Attribute("title", title));
        }
        if (department != null) {
            attributes.add(new Attribute("department", department));
        }
        if (employeeId != null) {
            attributes.add(new Attribute("employeeID", employeeId));
        }
        if (manager != null) {
            attributes.add(new Attribute("manager", dn(manager)));
        }
        if (groups.length > 0) {
            attributes.add(new Attribute("memberOf", groups));
        }
        try {
            server.add(new Entry(dn(cn), attributes));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final String[] FIRST_NAMES = {"Anne", "Bo", "Camilla", "Dorte", "Erik", "Frederik", "Gitte",
            "Hans", "Ida", "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Sofie", "Torben", "Ulla"};
    public static final String[] LAST_NAMES = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen",
            "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen"};

    /**
     * A large municipality: {@code users} people in {@code units} org units ("Enhed 1" …), each unit with a leader
     * ({@code leder<n>}), the unit leaders under ten area leaders ({@code omraade<n>}) under a director
     * ({@code direktoer}, in the HR and administrator groups); the employees are {@code ans<n>}.
     */
    public void addOrganisation(int users, int units) {
        addUser("direktoer", "Dorthe Dahl", "Kommunaldirektør", "Direktionen", "100000", null, HR_GROUP,
                ADMIN_GROUP);
        for (int area = 0; area < 10; area++) {
            addUser("omraade" + area, FIRST_NAMES[area] + " " + LAST_NAMES[area] + " Områdechef", "Områdechef",
                    "Område " + (area + 1), "10000" + area, "direktoer");
        }
        int employees = users - 11 - units;
        for (int unit = 0; unit < units; unit++) {
            addUser("leder" + unit, FIRST_NAMES[unit % FIRST_NAMES.length] + " "
                            + LAST_NAMES[(unit / FIRST_NAMES.length) % LAST_NAMES.length] + " Leder" + unit, "Leder",
                    "Enhed " + (unit + 1), "2" + unit, "omraade" + unit % 10);
        }
        for (int i = 0; i < employees; i++) {
            int unit = i % units;
            addUser("ans" + i, FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i / 7) % LAST_NAMES.length]
                    + " " + i, "Medarbejder", "Enhed " + (unit + 1), "3" + i, "leder" + unit);
        }
    }

    public void replace(String username, String attribute, String... values) {
        try {
            server.modify(dn(username), new Modification(ModificationType.REPLACE, attribute, values));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public void disable(String username) {
        replace(username, "userAccountControl", "514");
    }

    public void delete(String username) {
        try {
            server.delete(dn(username));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes every user, leaving the tree, the groups and the service account. */
    public void clearUsers() {
        try {
            for (SearchResultEntry entry : server.search(PEOPLE, SearchScope.ONE, Filter.createPresenceFilter(
                    "sAMAccountName")).getSearchEntries()) {
                server.delete(entry.getDN());
            }
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public void shutDown() {
        server.shutDown(true);
    }

    /** Active Directory takes {@code user@domain} as a bind name; the in-memory server wants the DN. */
    private static final class UpnBinds extends InMemoryOperationInterceptor {
        private InMemoryDirectoryServer server;

        @Override
        public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
            String name = request.getRequest().getBindDN();
            if (name.contains("@") && !name.contains("=")) {
                SearchResultEntry user = server.searchForEntry(BASE, SearchScope.SUB,
                        Filter.createEqualityFilter("userPrincipalName", name));
                // an unknown name fails as AD fails it: invalid credentials (49), not a malformed DN
                String dn = user != null ? user.getDN() : "cn=unknown-upn," + PEOPLE;
                request.setRequest(new SimpleBindRequest(dn, request.getRequest().getPassword().getValue()));
            }
        }
    }
}
