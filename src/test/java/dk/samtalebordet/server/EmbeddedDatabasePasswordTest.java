package dk.samtalebordet.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded H2 database gets a generated password on its first start, and an old one is given one. */
class EmbeddedDatabasePasswordTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsCreatedWithAGeneratedPasswordKeptForTheServiceOnly() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("samtalebordet") + ";LOCK_TIMEOUT=10000";
        String password = passwordFor(url);
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        Path secret = dir.resolve("samtalebordet.password");
        assertThat(Files.readString(secret)).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");

        try (var connection = DriverManager.getConnection(url, "sa", password)) {
            connection.createStatement().execute("create table t (x int)");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        assertThat(passwordFor(url)).as("the same on the next start").isEqualTo(password);
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordIsGivenTheGeneratedOne() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("old");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table kept (x int)");
            connection.createStatement().execute("insert into kept values (42)");
        }
        String password = passwordFor(url);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(url, "sa", password);
             var rs = connection.createStatement().executeQuery("select x from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void aPasswordItSetsAndOtherDatabasesAreLeftAlone() {
        MockEnvironment set = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:h2:file:" + dir.resolve("x")).withProperty("spring.datasource.password", "fra-IT");
        new EmbeddedDatabasePassword().postProcessEnvironment(set, new SpringApplication());
        assertThat(set.getProperty("spring.datasource.password")).isEqualTo("fra-IT");
        MockEnvironment postgres = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db/samtalebordet");
        new EmbeddedDatabasePassword().postProcessEnvironment(postgres, new SpringApplication());
        assertThat(postgres.getProperty("spring.datasource.password")).isNull();
        assertThat(dir.resolve("x.password")).doesNotExist();
    }

    private static String passwordFor(String url) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        new EmbeddedDatabasePassword().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.password");
    }
}
