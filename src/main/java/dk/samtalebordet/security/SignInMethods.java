package dk.samtalebordet.security;

import dk.samtalebordet.directory.LdapSettings;
import dk.samtalebordet.people.PersonAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Which ways of signing in this installation offers, for the security configuration and the login page. */
@Component
public class SignInMethods {

    private final boolean localAccounts;
    private final LdapSettings ldap;
    private final List<Provider> providers = new ArrayList<>();
    private final PersonAccounts accounts;

    /** An OpenID Connect provider's button: where it starts, and its label (null for the default). */
    public record Provider(String registrationId, String authorizationUri, boolean microsoft, String label) {
    }

    SignInMethods(@Value("${samtalebordet.auth.local.enabled:true}") boolean localAccounts, LdapSettings ldap,
                  ObjectProvider<InMemoryClientRegistrationRepository> registrations, OidcSettings oidc,
                  PersonAccounts accounts) {
        this.localAccounts = localAccounts;
        this.ldap = ldap;
        this.accounts = accounts;
        registrations.ifAvailable(repository -> {
            for (ClientRegistration registration : repository) {
                String issuer = registration.getProviderDetails().getIssuerUri();
                String authorization = registration.getProviderDetails().getAuthorizationUri();
                boolean microsoft = String.valueOf(issuer).contains("login.microsoftonline.com")
                        || String.valueOf(authorization).contains("login.microsoftonline.com");
                providers.add(new Provider(registration.getRegistrationId(),
                        "oauth2/authorization/" + registration.getRegistrationId(), microsoft,
                        oidc.label() == null || oidc.label().isBlank() ? null : oidc.label()));
            }
        });
    }

    /** The username and password form: for the directory's password, or for local accounts. */
    public boolean usernameForm() {
        return ldap.enabled() || localAccounts;
    }

    public boolean localAccounts() {
        return localAccounts;
    }

    public boolean directory() {
        return ldap.enabled();
    }

    public List<Provider> providers() {
        return List.copyOf(providers);
    }

    public boolean oidc() {
        return !providers.isEmpty();
    }

    /** Whether nobody can administer the organisation yet: no active administrator and no way to make one. */
    public boolean needsFirstAdministrator() {
        return !accounts.hasActiveAdministrator();
    }
}
