package dk.samtalebordet.people.store;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ConcurrentChangeTest} on PostgreSQL. */
@PostgresIntegrationTest
class ConcurrentChangeOnPostgresTest extends ConcurrentChangeTest {
}
