package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.Role;

import java.io.Serial;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person, as Spring Security holds it in the session, however they signed in. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 3L;

    private final long personId;
    private final String fullName;
    private final Set<Role> roles;
    private volatile boolean mustChangePassword;
    private final boolean localPassword;

    SignedInUser(Account account) {
        super(account.username(), account.passwordHash() == null ? "" : account.passwordHash(), account.active(),
                true, true, true, account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                        .toList());
        this.personId = account.personId();
        this.fullName = account.fullName();
        this.roles = Set.copyOf(account.roles());
        this.mustChangePassword = account.mustChangePassword();
        this.localPassword = account.passwordHash() != null;
    }

    SignedInUser(SignedInUser other) {
        super(other.getUsername(), other.getPassword(), other.isEnabled(), true, true, true, other.getAuthorities());
        this.personId = other.personId;
        this.fullName = other.fullName;
        this.roles = other.roles;
        this.mustChangePassword = other.mustChangePassword;
        this.localPassword = other.localPassword;
    }

    /** Signed in with a local account's password (not the directory's or the provider's). */
    public boolean hasLocalPassword() {
        return localPassword;
    }

    public long personId() {
        return personId;
    }

    public String fullName() {
        return fullName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A first administrator signs in with the password IT gave and must choose their own before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }
}
