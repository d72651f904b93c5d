package dk.samtalebordet.directory;

import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Connections to the organisation's directory, as configured: the service account's, and LDAPS trust. */
@Component
public class LdapConnections {

    private final LdapSettings settings;

    LdapConnections(LdapSettings settings) {
        this.settings = settings;
        if (settings.enabled() && settings.trustStore() != null && !settings.trustStore().isBlank()) {
            TrustStoreSocketFactory.install(settings.trustStore(), settings.trustStorePassword(),
                    settings.trustStoreType());
        }
    }

    public LdapSettings settings() {
        return settings;
    }

    /** The JNDI environment every connection to the directory gets: the trust store's sockets for LDAPS. */
    public Map<String, Object> environment() {
        if (settings.trustStore() == null || settings.trustStore().isBlank()) {
            return Map.of();
        }
        return Map.of("java.naming.ldap.factory.socket", TrustStoreSocketFactory.class.getName());
    }

    /** A connection bound as the service account, for the synchronisation and the sign-in search. */
    public LdapContextSource serviceAccount() {
        LdapContextSource source = new LdapContextSource();
        source.setUrls(settings.url().trim().split("\\s+"));
        source.setUserDn(settings.bindDn() == null ? "" : settings.bindDn());
        source.setPassword(settings.bindPassword() == null ? "" : settings.bindPassword());
        source.setReferral("ignore");
        if (!environment().isEmpty()) {
            source.setBaseEnvironmentProperties(environment());
        }
        source.afterPropertiesSet();
        return source;
    }
}
