package dk.samtalebordet.preparation;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link PreparationServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class PreparationServiceOnPostgresTest extends PreparationServiceTest {
}
