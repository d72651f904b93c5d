package dk.samtalebordet.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.samtalebordet.directory.LdapConnections;
import dk.samtalebordet.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * Sign-in as configured (see {@link SignInMethods}): local accounts with BCrypt password hashes, the directory's
 * password (Active Directory or LDAP), and OpenID Connect with the authorization code flow and PKCE. Vaadin's view
 * access control protects every view by its access annotation; only the login view and public files are open.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInMethods methods,
                                            PersonUserDetailsService localAccounts, PasswordEncoder encoder,
                                            LdapConnections ldap, PersonSignIn signIn, OidcSettings oidc,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            SignInThrottle throttle, SignInAudit audit, RequestUtil vaadinRequests)
            throws Exception {
        SecurityHeaders.apply(http);
        // Vaadin's own requests carry Vaadin's CSRF token; every other post, the login form's included, needs
        // Spring Security's (Vaadin's configurer would also let a login post in without one)
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/pictures/**", "/styles/**", "/icons/**", "/scripts/**").permitAll());
        // Vaadin's configurer first: it names the login page before the sign-in configurers initialise, so
        // Spring Security never generates a login page of its own
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            vaadin.enableCsrfConfiguration(false);
            if (methods.oidc()) {
                vaadin.oauth2LoginPage("/login", "{baseUrl}/login");
                // sign-out ends the provider's session too, where it offers RP-initiated logout; a person signed
                // in otherwise goes back to the login page (Vaadin would choose one or the other, not both)
                OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(
                        registrations.getObject());
                logout.setPostLogoutRedirectUri("{baseUrl}/login");
                logout.setDefaultTargetUrl("/login");
                logout.setRedirectStrategy(new UidlRedirectStrategy());
                vaadin.logoutSuccessHandler(logout);
            }
        });
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(throttle.gate()));
        providers.addAll(providers(methods, localAccounts, encoder, ldap, signIn));
        SignInFailureHandler failure = new SignInFailureHandler();
        http.formLogin(form -> form.failureHandler(failure));
        if (methods.oidc()) {
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), new OidcSignIn(oidc, signIn)));
            ClientRegistrationRepository repository = registrations.getObject();
            DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(
                    repository, "/oauth2/authorization");
            pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                    .failureHandler(failure));
        }
        // one manager for every way in, so a refused way never falls back to another
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(audit);
        http.authenticationManager(manager);
        return http.build();
    }

    private static List<AuthenticationProvider> providers(SignInMethods methods, PersonUserDetailsService local,
                                                          PasswordEncoder encoder, LdapConnections ldap,
                                                          PersonSignIn signIn) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (methods.localAccounts()) {
            DaoAuthenticationProvider dao = new DaoAuthenticationProvider(local);
            dao.setPasswordEncoder(encoder);
            providers.add(dao);
        }
        if (methods.directory()) {
            providers.add(LdapSignIn.provider(ldap, signIn));
        }
        if (providers.isEmpty()) {
            providers.add(new NoUsernameSignIn());
        }
        return providers;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Neither local accounts nor a directory: a posted username and password is always refused. */
    private static final class NoUsernameSignIn implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            throw new BadCredentialsException("Signing in with a username is not configured");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
