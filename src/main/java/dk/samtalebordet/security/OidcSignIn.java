package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.Source;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * After the identity provider's ID token has been checked (signature against its JWKS, issuer, audience, nonce):
 * the person is found in the register by the configured claim, and their roles follow the groups claim.
 */
final class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcSettings settings;
    private final PersonSignIn signIn;

    OidcSignIn(OidcSettings settings, PersonSignIn signIn) {
        this.settings = settings;
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        Object claim = oidc.getClaims().get(settings.matchClaim());
        String value = claim == null ? null : claim.toString();
        Optional<Account> account = settings.matchBy() == OidcSettings.MatchBy.EMPLOYEE_NUMBER
                ? signIn.byEmployeeNumber(value) : signIn.byUsername(value);
        return new SignedInOidcUser(signIn.signIn(Source.OIDC, account, String.valueOf(value), groups(oidc)), oidc);
    }

    /** The groups claim; null when the token has none (not configured, or Entra's overage), so roles stay. */
    private Collection<String> groups(OidcUser oidc) {
        Object groups = oidc.getClaims().get(settings.groupsClaim());
        if (groups instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return groups == null ? null : List.of(groups.toString());
    }
}
