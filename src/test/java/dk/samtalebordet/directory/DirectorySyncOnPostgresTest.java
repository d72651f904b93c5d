package dk.samtalebordet.directory;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link DirectorySyncTest} on PostgreSQL. */
@PostgresIntegrationTest
class DirectorySyncOnPostgresTest extends DirectorySyncTest {
}
