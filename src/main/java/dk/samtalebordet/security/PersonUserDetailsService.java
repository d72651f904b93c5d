package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in with the username and BCrypt password hash stored in the people directory. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PeopleService people;

    PersonUserDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = people.findAccount(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new SignedInUser(account.personId(), account.username(), account.fullName(),
                account.passwordHash(), account.active(), account.roles(),
                account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList());
    }
}
