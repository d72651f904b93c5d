package dk.samtalebordet.security;

import dk.samtalebordet.directory.LdapConnections;
import dk.samtalebordet.directory.LdapSettings;
import dk.samtalebordet.people.Source;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Sign-in with the directory's own password: Active Directory (a bind as {@code user@domain}, then the user's
 * entry by {@code samtalebordet.ldap.user-filter}) or another LDAP directory (search as the service account, then
 * bind as the user found). Either way the person is then found in the register by the username attribute, and
 * their roles follow their {@code memberOf} groups.
 */
final class LdapSignIn {

    private LdapSignIn() {
    }

    static AuthenticationProvider provider(LdapConnections connections, PersonSignIn signIn) {
        LdapSettings settings = connections.settings();
        UserDetailsContextMapper mapper = new Mapper(settings, signIn);
        if (settings.mode() == LdapSettings.Mode.ACTIVE_DIRECTORY) {
            String url = settings.url().trim().replaceAll("\\s+", " ");
            ActiveDirectoryLdapAuthenticationProvider ad = new ActiveDirectoryLdapAuthenticationProvider(
                    settings.domain(), url, settings.baseDn());
            ad.setSearchFilter(settings.userFilter());
            ad.setConvertSubErrorCodesToExceptions(true);
            if (!connections.environment().isEmpty()) {
                ad.setContextEnvironmentProperties(connections.environment());
            }
            ad.setUserDetailsContextMapper(mapper);
            return ad;
        }
        DefaultSpringSecurityContextSource context = new DefaultSpringSecurityContextSource(
                Arrays.asList(settings.url().trim().split("\\s+")), "");
        if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
            context.setUserDn(settings.bindDn());
            context.setPassword(settings.bindPassword());
        }
        if (!connections.environment().isEmpty()) {
            context.setBaseEnvironmentProperties(connections.environment());
        }
        context.afterPropertiesSet();
        BindAuthenticator authenticator = new BindAuthenticator(context);
        authenticator.setUserSearch(new FilterBasedLdapUserSearch(settings.baseDn(), settings.userFilter(), context));
        LdapAuthenticationProvider provider = new LdapAuthenticationProvider(authenticator);
        provider.setUserDetailsContextMapper(mapper);
        return provider;
    }

    private record Mapper(LdapSettings settings, PersonSignIn signIn) implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations entry, String typed,
                                              Collection<? extends GrantedAuthority> authorities) {
            String username = entry.getStringAttribute(settings.attributes().username());
            String[] groups = entry.getStringAttributes(settings.attributes().memberOf());
            return signIn.signIn(Source.LDAP, signIn.byUsername(username == null ? typed : username), typed,
                    groups == null ? List.of() : Arrays.asList(groups));
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter context) {
            throw new UnsupportedOperationException("Samtalebordet never writes to the directory");
        }
    }
}
