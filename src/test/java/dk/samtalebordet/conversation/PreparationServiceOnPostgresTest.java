package dk.samtalebordet.conversation;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link PreparationServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class PreparationServiceOnPostgresTest extends PreparationServiceTest {
}
