package dk.samtalebordet.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;
import java.util.Map;

/** A person signed in through OpenID Connect: the register's person, with the provider's tokens for sign-out. */
final class SignedInOidcUser extends SignedInUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    SignedInOidcUser(SignedInUser person, OidcUser oidc) {
        super(person);
        this.oidc = oidc;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
