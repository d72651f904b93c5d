package dk.samtalebordet.security;

import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.PersonAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A production start with no active administrator creates one from {@code samtalebordet.bootstrap.admin.username}
 * and the password IT gives in the environment ({@code SAMTALEBORDET_BOOTSTRAP_ADMIN_PASSWORD}): a local account
 * that must choose its own password at the first sign-in. There is no default password, and none is logged.
 * Without them, the log (and the login page) says what to configure.
 */
@Component
@Order(30)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    FirstAdministrator(PersonAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
                       @Value("${samtalebordet.bootstrap.admin.username:}") String username,
                       @Value("${samtalebordet.bootstrap.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.username = username.trim();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasActiveAdministrator()) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            log.warn("""
                    Samtalebordet has no administrator yet, so nobody can connect the directory or add people.
                    Set samtalebordet.bootstrap.admin.username (e.g. SAMTALEBORDET_BOOTSTRAP_ADMIN_USERNAME=\
                    samtalebordet-admin) and the environment variable SAMTALEBORDET_BOOTSTRAP_ADMIN_PASSWORD \
                    (at least %d characters), then restart: a first administrator is created, who must choose a \
                    new password at the first sign-in. See the README, "For IT".""".formatted(PasswordPolicy.MIN_LENGTH));
            return;
        }
        String problem = policy.problem(username, password);
        if (problem != null) {
            log.error("The bootstrap administrator was not created: the password given in "
                    + "SAMTALEBORDET_BOOTSTRAP_ADMIN_PASSWORD is refused ({})", problem);
            return;
        }
        try {
            accounts.createFirstAdministrator(username, encoder.encode(password));
            log.info("First administrator '{}' created; they must choose a new password at the first sign-in",
                    username);
        } catch (OrganisationException e) {
            log.error("The bootstrap administrator was not created: {}", e.getMessage());
        }
    }
}
