package dk.samtalebordet.table;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link LiveTableServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class LiveTableServiceOnPostgresTest extends LiveTableServiceTest {
}
