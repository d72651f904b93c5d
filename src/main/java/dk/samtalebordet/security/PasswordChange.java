package dk.samtalebordet.security;

import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.shared.Translations;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** A local account's own new password, checked against the current one and the {@link PasswordPolicy}. */
@Service
public class PasswordChange {

    /** Which field a refusal belongs to. */
    public enum Field {
        CURRENT,
        NEW,
        REPEAT
    }

    /** A refused change, with a Danish message for the field. Nothing was changed. */
    public static class Refused extends RuntimeException {
        private final Field field;

        Refused(Field field, String message) {
            super(message);
            this.field = field;
        }

        public Field field() {
            return field;
        }
    }

    private final PeopleService people;
    private final PersonAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    PasswordChange(PeopleService people, PersonAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy) {
        this.people = people;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
    }

    public void change(SignedInUser user, String current, String chosen, String repeated) {
        Account account = people.findAccount(user.getUsername())
                .filter(a -> a.passwordHash() != null && a.personId() == user.personId())
                .orElseThrow(() -> new Refused(Field.CURRENT, Translations.danish("password.wrong-current")));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new Refused(Field.CURRENT, Translations.danish("password.wrong-current"));
        }
        String problem = policy.problem(account.username(), chosen);
        if (problem != null) {
            throw new Refused(Field.NEW, problem);
        }
        if (chosen.equals(current)) {
            throw new Refused(Field.NEW, Translations.danish("password.same-as-before"));
        }
        if (!chosen.equals(repeated)) {
            throw new Refused(Field.REPEAT, Translations.danish("password.mismatch"));
        }
        accounts.changePassword(account.personId(), encoder.encode(chosen));
        user.passwordChanged();
    }
}
