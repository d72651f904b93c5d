package dk.samtalebordet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests that carry {@link PostgresIntegrationTest} really run on PostgreSQL, migrated by the same Flyway set
 * as H2 plus PostgreSQL's own folder, and Hibernate finds the schema it expects.
 */
@PostgresIntegrationTest
class PostgresDatabaseTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    @Test
    void theApplicationRunsOnPostgresqlMigratedByFlyway() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .contains("1", "2.1", "3", "12");
    }
}
