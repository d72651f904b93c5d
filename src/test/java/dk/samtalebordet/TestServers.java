package dk.samtalebordet;

import dk.samtalebordet.directory.TestDirectory;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * The real servers the shared test application talks to, started once per test run before the application: an
 * LDAP directory like a municipality's Active Directory, and an OpenID Connect provider (discovery, JWKS, the
 * code flow, end session); and the SCIM token an identity provider would be given. The application is configured for them exactly as IT would configure it for theirs
 * (README, "For IT"); the scheduled synchronisation is off, tests start it.
 */
public class TestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ISSUER = "kommune";
    public static final String CLIENT_ID = "samtalebordet";
    public static final String SCIM_TOKEN = "entra-hemmelig-scim-token";

    private static TestDirectory directory;
    private static MockOAuth2Server provider;

    public static synchronized TestDirectory directory() {
        if (directory == null) {
            directory = new TestDirectory(); // ends with the test JVM: a shutdown hook would only delay its exit
        }
        return directory;
    }

    public static synchronized MockOAuth2Server provider() {
        if (provider == null) {
            provider = new MockOAuth2Server();
            provider.start(); // ends with the test JVM; its shutdown waits for kept-alive connections
        }
        return provider;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDirectory ldap = directory();
        // the provider on 127.0.0.1, the application on localhost: their cookies stay apart, as on two hosts
        String issuer = provider().issuerUrl(ISSUER).toString().replace("localhost", "127.0.0.1");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "samtalebordet.ldap.url", ldap.url(),
                "samtalebordet.ldap.mode", "active-directory",
                "samtalebordet.ldap.domain", "kommune.local",
                "samtalebordet.ldap.base-dn", TestDirectory.PEOPLE,
                "samtalebordet.ldap.bind-dn", TestDirectory.SERVICE_DN,
                "samtalebordet.ldap.bind-password", TestDirectory.SERVICE_PASSWORD,
                "samtalebordet.ldap.sync.enabled", "false",
                // the directory names the group by DN, the provider and SCIM by name: both listed
                "samtalebordet.roles.hr", TestDirectory.HR_GROUP + ";SG-Samtalebordet-HR",
                "samtalebordet.oidc.username-domains", "kommune.dk",
                "samtalebordet.roles.administrator", TestDirectory.ADMIN_GROUP));
        properties.putAll(Map.of(
                "spring.security.oauth2.client.registration.kommune.client-id", CLIENT_ID,
                "spring.security.oauth2.client.registration.kommune.client-secret", "hemmelig-klient",
                "spring.security.oauth2.client.registration.kommune.scope", "openid,profile",
                "spring.security.oauth2.client.provider.kommune.issuer-uri", issuer,
                "samtalebordet.scim.token", SCIM_TOKEN));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-servers", properties));
    }
}
