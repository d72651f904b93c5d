package dk.samtalebordet.shared;

import java.util.Optional;

/**
 * What the main layout needs to know about the signed-in person. The security feature implements it, so the
 * shared UI does not depend on security (and security may use the shared UI).
 */
public interface SignedInPerson {

    /** The signed-in person's full name, or empty when nobody is signed in. */
    Optional<String> fullName();

    /** The signed-in person's id; for views behind access control, where somebody is signed in. */
    long requirePersonId();

    /** Whether the person signed in with a local account's password, which they can change here. */
    boolean hasLocalPassword();

    /** The language the person chose earlier ("da" or "en"), remembered beyond the session. */
    Optional<String> language();

    /** Remembers the language the person chose now. */
    void rememberLanguage(String language);

    void signOut();
}
