package dk.samtalebordet.agreement;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link LookBackTest} on PostgreSQL. */
@PostgresIntegrationTest
class LookBackOnPostgresTest extends LookBackTest {
}
