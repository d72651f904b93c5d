package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.RoleMapping;
import dk.samtalebordet.people.Source;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * After the directory or the identity provider has checked who someone is: finds the person in Samtalebordet's
 * register, refuses a deactivated one, and brings their roles up to date from their groups.
 */
@Component
class PersonSignIn {

    private final PeopleService people;
    private final PersonAccounts accounts;
    private final RoleMapping roles;
    private final List<String> domains;

    PersonSignIn(PeopleService people, PersonAccounts accounts, RoleMapping roles,
                 @Value("${samtalebordet.oidc.username-domains:}") List<String> domains) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty())
                .toList();
    }

    /**
     * Signs in a person the directory or the provider vouched for. A local account (the demo, the first
     * administrator) is never reached this way: a directory or provider account of the same name is refused.
     *
     * @param groups the person's groups, or null when the directory or provider said nothing about them
     */
    SignedInUser signIn(Source through, Optional<Account> found, String who, Collection<String> groups) {
        Account account = found.filter(a -> a.source() != Source.LOCAL)
                .orElseThrow(() -> new NotInRegisterException("Not in the register: " + who));
        if (!account.active()) {
            throw new DisabledException("Deactivated: " + who);
        }
        Account now = accounts.signedIn(account.personId(), through,
                groups == null ? null : roles.rolesOf(groups)).orElseThrow();
        return new SignedInUser(now);
    }

    /**
     * By username; a name in one of the municipality's own domains ({@code samtalebordet.oidc.username-domains},
     * e.g. {@code jph@kommune.dk}) also matches the part before the {@code @}. A guest's name from another
     * domain matches only in full.
     */
    Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<Account> exact = people.findAccount(username);
        int at = username.lastIndexOf('@');
        if (exact.isEmpty() && at > 0 && domains.contains(username.substring(at + 1).toLowerCase(Locale.ROOT))) {
            return people.findAccount(username.substring(0, at));
        }
        return exact;
    }

    Optional<Account> byEmployeeNumber(String number) {
        return number == null || number.isBlank() ? Optional.empty() : people.findAccountByEmployeeNumber(number);
    }
}
