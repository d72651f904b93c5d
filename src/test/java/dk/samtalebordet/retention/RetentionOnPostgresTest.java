package dk.samtalebordet.retention;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link RetentionTest} on PostgreSQL. */
@PostgresIntegrationTest
class RetentionOnPostgresTest extends RetentionTest {
}
