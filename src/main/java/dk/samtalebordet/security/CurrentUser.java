package dk.samtalebordet.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.samtalebordet.shared.SignedInPerson;
import org.springframework.stereotype.Component;

import dk.samtalebordet.people.PersonAccounts;

import java.util.Optional;

/** Who is signed in, for views; and signing out. */
@Component
public class CurrentUser implements SignedInPerson {

    private final AuthenticationContext authentication;
    private final PersonAccounts accounts;

    CurrentUser(AuthenticationContext authentication, PersonAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> language() {
        return get().flatMap(user -> accounts.languageOf(user.personId()));
    }

    @Override
    public void rememberLanguage(String language) {
        get().ifPresent(user -> accounts.chooseLanguage(user.personId(), language));
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    /** The signed-in user; views behind access control can rely on there being one. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    @Override
    public Optional<String> fullName() {
        return get().map(SignedInUser::fullName);
    }

    @Override
    public long requirePersonId() {
        return require().personId();
    }

    @Override
    public boolean hasLocalPassword() {
        return get().map(SignedInUser::hasLocalPassword).orElse(false);
    }

    @Override
    public void signOut() {
        authentication.logout();
    }
}
