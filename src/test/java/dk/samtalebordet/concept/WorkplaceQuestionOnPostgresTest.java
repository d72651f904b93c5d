package dk.samtalebordet.concept;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link WorkplaceQuestionTest} on PostgreSQL. */
@PostgresIntegrationTest
class WorkplaceQuestionOnPostgresTest extends WorkplaceQuestionTest {
}
