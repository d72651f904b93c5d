package dk.samtalebordet.table;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link LiveTableConcurrencyTest} on PostgreSQL. */
@PostgresIntegrationTest
class LiveTableConcurrencyOnPostgresTest extends LiveTableConcurrencyTest {
}
