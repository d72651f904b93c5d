package dk.samtalebordet.people;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ConcurrentChangeTest} on PostgreSQL. */
@PostgresIntegrationTest
class ConcurrentChangeOnPostgresTest extends ConcurrentChangeTest {
}
