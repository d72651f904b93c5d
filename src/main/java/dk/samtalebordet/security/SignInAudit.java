package dk.samtalebordet.security;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.people.Account;
import dk.samtalebordet.people.PeopleService;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every sign-in and every refused one goes into the audit log with the address it came from (behind the proxy:
 * the client's, see {@code server.forward-headers-strategy}); a refusal with the username as typed, which the
 * {@link SignInThrottle} counts.
 */
@Component
class SignInAudit implements AuthenticationEventPublisher {

    private final AuditLog audit;
    private final PeopleService people;

    SignInAudit(AuditLog audit, PeopleService people) {
        this.audit = audit;
        this.people = people;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            audit.record(Audited.of(AuditKind.SIGNED_IN, user.personId()).about(user.personId())
                    .from(SignInThrottle.addressOf(authentication)));
        }
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication attempt) {
        boolean username = attempt instanceof UsernamePasswordAuthenticationToken;
        Long person = username ? people.findAccount(attempt.getName()).map(Account::personId).orElse(null) : null;
        AuditKind kind = exception instanceof SignInThrottle.Throttled ? AuditKind.SIGN_IN_THROTTLED
                : AuditKind.SIGN_IN_FAILED;
        audit.record(Audited.of(kind, null).about(person).from(SignInThrottle.addressOf(attempt))
                .detail(username ? AuditLog.normalisedUsername(attempt.getName()) : "OpenID Connect"));
    }
}
