package dk.samtalebordet.directory.scim;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * SCIM is for the identity provider only: every request under {@code /scim/v2} must carry the secret token
 * ({@code samtalebordet.scim.token}, given to Entra ID as its "Secret Token") as a bearer token. No session, no
 * CSRF (nothing here is a browser's). Without a configured token SCIM refuses every request.
 */
@Configuration
class ScimSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(HttpSecurity http, @Value("${samtalebordet.scim.token:}") String token,
                                        SecurityContextHolderStrategy contexts) throws Exception {
        return http.securityMatcher("/scim/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerToken(token, contexts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("SCIM"))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) ->
                        ScimErrors.write(response, 401, null, "Bearer token mangler eller er forkert.")))
                .build();
    }

    /**
     * Compares the bearer token in constant time; a match is the identity provider. The authentication goes into
     * the application's own security context strategy (Vaadin's), which the authorisation filter reads.
     */
    private static final class BearerToken extends OncePerRequestFilter {
        private final byte[] expected;
        private final SecurityContextHolderStrategy contexts;

        BearerToken(String token, SecurityContextHolderStrategy contexts) {
            this.expected = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
            this.contexts = contexts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(expected, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("scim", null,
                        AuthorityUtils.createAuthorityList("ROLE_SCIM")));
                contexts.setContext(context);
            }
            try {
                chain.doFilter(request, response);
            } finally {
                contexts.clearContext();
            }
        }
    }
}
