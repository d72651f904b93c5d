package dk.samtalebordet.people;

import java.util.Set;

/** What sign-in needs to know about a person. */
public record Account(long personId, String username, String fullName, String passwordHash,
                      boolean active, Set<Role> roles) {

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
