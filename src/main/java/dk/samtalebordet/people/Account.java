package dk.samtalebordet.people;

import java.util.Set;

/**
 * What sign-in needs to know about a person. {@code passwordHash} is null for a person who signs in through the
 * directory or an identity provider; {@code mustChangePassword} is set for a first administrator.
 */
public record Account(long personId, String username, String fullName, String passwordHash,
                      boolean active, Set<Role> roles, boolean mustChangePassword, Source source) {

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
