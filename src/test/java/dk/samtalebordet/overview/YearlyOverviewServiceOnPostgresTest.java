package dk.samtalebordet.overview;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link YearlyOverviewServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class YearlyOverviewServiceOnPostgresTest extends YearlyOverviewServiceTest {
}
