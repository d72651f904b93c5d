package dk.samtalebordet.plan;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link PlanServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class PlanServiceOnPostgresTest extends PlanServiceTest {
}
