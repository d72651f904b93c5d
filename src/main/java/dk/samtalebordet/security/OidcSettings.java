package dk.samtalebordet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a person signed in through OpenID Connect is found in the register ({@code samtalebordet.oidc.*}); the
 * provider itself is Spring's {@code spring.security.oauth2.client.registration.<id>.*}.
 *
 * @param matchClaim  the ID token claim that names the person: {@code preferred_username}, {@code upn}, an
 *                    employee number claim
 * @param matchBy     {@code username} (a value with a domain also matches the part before {@code @}) or
 *                    {@code employee-number}
 * @param groupsClaim the claim with the person's groups, mapped by {@code samtalebordet.roles.*}
 * @param label       the button's text on the login page; empty for the default
 */
@ConfigurationProperties("samtalebordet.oidc")
public record OidcSettings(String matchClaim, MatchBy matchBy, String groupsClaim, String label) {

    public enum MatchBy {
        USERNAME,
        EMPLOYEE_NUMBER
    }

    public OidcSettings {
        matchClaim = matchClaim == null || matchClaim.isBlank() ? "preferred_username" : matchClaim;
        matchBy = matchBy == null ? MatchBy.USERNAME : matchBy;
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    }
}
