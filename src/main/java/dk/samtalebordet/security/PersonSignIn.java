package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.RoleMapping;
import dk.samtalebordet.people.Source;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;

import java.util.Collection;
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

    PersonSignIn(PeopleService people, PersonAccounts accounts, RoleMapping roles) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
    }

    SignedInUser signIn(Source through, Optional<Account> found, String who, Collection<String> groups) {
        Account account = found.orElseThrow(() -> new NotInRegisterException("Not in the register: " + who));
        if (!account.active()) {
            throw new DisabledException("Deactivated: " + who);
        }
        Account now = accounts.signedIn(account.personId(), through, roles.rolesOf(groups)).orElseThrow();
        return new SignedInUser(now);
    }

    /** By username; a name with a domain ({@code jph@kommune.dk}) also matches the part before the {@code @}. */
    Optional<Account> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<Account> exact = people.findAccount(username);
        if (exact.isEmpty() && username.contains("@")) {
            return people.findAccount(username.substring(0, username.indexOf('@')));
        }
        return exact;
    }

    Optional<Account> byEmployeeNumber(String number) {
        return number == null || number.isBlank() ? Optional.empty() : people.findAccountByEmployeeNumber(number);
    }
}
