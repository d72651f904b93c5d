package dk.samtalebordet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Back to the login page with the reason a person can act on: a wrong password, a deactivated person, a person
 * the directory knows but Samtalebordet does not yet, too many failed attempts, or a refusal by the identity
 * provider.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason;
        if (exception instanceof SignInThrottle.Throttled) {
            reason = "throttled";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else if (exception instanceof NotInRegisterException) {
            reason = "unknown";
        } else if (exception instanceof OAuth2AuthenticationException oauth) {
            reason = "provider";
            log.warn("OpenID Connect sign-in refused: {}", oauth.getError());
        } else {
            reason = "credentials";
        }
        log.info("Sign-in refused ({}): {}", reason, exception.getMessage());
        redirect.sendRedirect(request, response, "/login?error=" + reason);
    }
}
