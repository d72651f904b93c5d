package dk.samtalebordet.conversation;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link LiveTableConcurrencyTest} on PostgreSQL. */
@PostgresIntegrationTest
class LiveTableConcurrencyOnPostgresTest extends LiveTableConcurrencyTest {
}
