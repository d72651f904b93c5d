package dk.samtalebordet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;

/**
 * When Vaadin closes a session nobody has used for {@code server.servlet.session.timeout} ({@code
 * vaadin.closeIdleSessions}: the heartbeat of an open tab does not count), the sign-in ends with it. Vaadin only
 * takes its own session out of the HTTP session, which still holds the sign-in; this filter sees that happen (a
 * session that held Vaadin's and no longer does) and invalidates the HTTP session, so the page's reload leads to
 * the login page instead of straight back in.
 */
@Configuration
class IdleSignOut {

    private static final Logger log = LoggerFactory.getLogger(IdleSignOut.class);
    private static final String VAADIN_SESSION = "com.vaadin.flow.server.VaadinSession";
    private static final String HELD_VAADIN = "samtalebordet.held-vaadin-session";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> idleSignOutFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        // before Spring Security, so a request that meets a closed session is handled as signed out
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            endIfClosed(request.getSession(false));
            chain.doFilter(request, response);
            endIfClosed(request.getSession(false));
        }

        private static void endIfClosed(HttpSession session) {
            if (session == null) {
                return;
            }
            try {
                boolean holds = Collections.list(session.getAttributeNames()).stream()
                        .anyMatch(name -> name.startsWith(VAADIN_SESSION));
                if (holds) {
                    session.setAttribute(HELD_VAADIN, Boolean.TRUE);
                } else if (session.getAttribute(HELD_VAADIN) != null) {
                    session.invalidate();
                    log.debug("Vaadin closed an idle session: signed out");
                }
            } catch (IllegalStateException invalidated) {
                // signed out during the request
            }
        }
    }
}
