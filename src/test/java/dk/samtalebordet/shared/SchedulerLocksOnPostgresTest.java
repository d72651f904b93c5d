package dk.samtalebordet.shared;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link SchedulerLocksTest} on PostgreSQL. */
@PostgresIntegrationTest
class SchedulerLocksOnPostgresTest extends SchedulerLocksTest {
}
