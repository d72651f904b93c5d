package dk.samtalebordet.security;

import dk.samtalebordet.people.Role;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person, as Spring Security holds it in the session. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String fullName;
    private final Set<Role> roles;

    SignedInUser(long personId, String username, String fullName, String passwordHash, boolean enabled,
                 Set<Role> roles, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.personId = personId;
        this.fullName = fullName;
        this.roles = Set.copyOf(roles);
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
}
