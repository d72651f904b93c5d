package dk.samtalebordet.concept;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ConceptSeedTest} on PostgreSQL. */
@PostgresIntegrationTest
class ConceptSeedOnPostgresTest extends ConceptSeedTest {
}
