package dk.samtalebordet.plan;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link PlanLockRaceTest} on PostgreSQL. */
@PostgresIntegrationTest
class PlanLockRaceOnPostgresTest extends PlanLockRaceTest {
}
