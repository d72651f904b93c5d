package dk.samtalebordet.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

/**
 * The embedded H2 file database never runs with an empty password: on its first start Samtalebordet generates
 * one, keeps it beside the database in {@code <database>.password} (readable by the service's user only), and
 * uses it from then on; a database made by an earlier version with the empty password is given the generated one.
 * A password IT sets ({@code spring.datasource.password}) is used as it is, and PostgreSQL is not touched.
 */
public class EmbeddedDatabasePassword implements EnvironmentPostProcessor {

    static final String PREFIX = "jdbc:h2:file:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith(PREFIX) || !environment.getProperty("spring.datasource.password", "").isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String password = passwordFor(url, user);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedDatabasePassword",
                Map.of("spring.datasource.password", password)));
    }

    /** The database's generated password: read from its file, or generated now (and set, for an old database). */
    static String passwordFor(String url, String user) {
        Path database = Path.of(url.substring(PREFIX.length()).split(";", 2)[0]);
        Path secret = database.resolveSibling(database.getFileName() + ".password");
        try {
            if (Files.exists(secret)) {
                return Files.readString(secret, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                setPassword(url, user, password);
            }
            Files.createDirectories(secret.toAbsolutePath().getParent());
            Files.writeString(secret, password, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the embedded database's password in " + secret, e);
        }
    }

    /** An existing database made with the empty password gets the generated one. */
    private static void setPassword(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, "");
             var statement = connection.createStatement()) {
            // the generated password is base64url: nothing in it needs escaping
            statement.execute("alter user \"" + user.toUpperCase(java.util.Locale.ROOT) + "\" set password '"
                    + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded database exists but does not open with the empty password, "
                    + "and no password is kept for it beside it: set spring.datasource.password", e);
        }
    }
}
