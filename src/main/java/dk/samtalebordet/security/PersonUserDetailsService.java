package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts: the username and BCrypt password hash stored in the people directory (the demo, a first
 * administrator). A person without a password hash signs in through the directory or the identity provider.
 */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PeopleService people;

    PersonUserDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = people.findAccount(username).filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new SignedInUser(account);
    }
}
