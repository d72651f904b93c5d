package dk.samtalebordet.security;

import dk.samtalebordet.shared.Translations;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * What a local account's password must be: at least 12 characters (a passphrase is easiest), not the username,
 * not one character repeated. The directory's and the identity provider's passwords follow their own rules.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 72; // BCrypt reads no further

    /** The problem with the password, in Danish, or null when it is acceptable. */
    public String problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Translations.danish("password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Translations.danish("password.too-long", MAX_LENGTH);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Translations.danish("password.contains-username");
        }
        if (password.chars().distinct().count() < 4) {
            return Translations.danish("password.too-simple");
        }
        return null;
    }
}
