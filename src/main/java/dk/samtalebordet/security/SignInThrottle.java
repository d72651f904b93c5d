package dk.samtalebordet.security;

import dk.samtalebordet.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Refuses a username and password, before they are checked, when too many sign-ins with that username, or from
 * that address, failed in the window: {@code samtalebordet.sign-in.max-failures-per-account} (5) and
 * {@code ...max-failures-per-address} (30) within {@code ...failure-window} (15 minutes). The failures are
 * counted in the audit log, so every node counts the same. A username that does not exist is throttled the same
 * way, so the refusal tells nobody whether the account exists.
 */
@Component
class SignInThrottle {

    private final AuditLog audit;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(AuditLog audit, Clock clock,
                   @Value("${samtalebordet.sign-in.max-failures-per-account:5}") int perAccount,
                   @Value("${samtalebordet.sign-in.max-failures-per-address:30}") int perAddress,
                   @Value("${samtalebordet.sign-in.failure-window:PT15M}") Duration window) {
        this.audit = audit;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    Duration window() {
        return window;
    }

    /** Throws when the attempt must wait; otherwise lets the next provider check the password. */
    void check(Authentication attempt) {
        AuditLog.SignInFailures failures = audit.failedSignInsSince(attempt.getName(), addressOf(attempt),
                clock.instant().minus(window));
        if (failures.byAccount() >= perAccount || failures.byAddress() >= perAddress) {
            throw new Throttled();
        }
    }

    static String addressOf(Authentication attempt) {
        return attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    /** The first provider of the sign-in: it checks nothing but the throttle. */
    AuthenticationProvider gate() {
        return new Gate();
    }

    private final class Gate implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            check(authentication);
            return null; // on to the providers that check the password
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** Too many failures: the attempt is refused without looking at the password. */
    static final class Throttled extends AccountStatusException {
        Throttled() {
            super("Too many failed sign-ins");
        }
    }
}
