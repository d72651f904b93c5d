package dk.samtalebordet.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The directory or the identity provider knows the person, but Samtalebordet does not (yet): no person with that
 * username or employee number was synchronised or imported.
 */
class NotInRegisterException extends AccountStatusException {

    NotInRegisterException(String message) {
        super(message);
    }
}
