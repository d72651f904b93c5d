package dk.samtalebordet.concept;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ConceptVersioningTest} on PostgreSQL. */
@PostgresIntegrationTest
class ConceptVersioningOnPostgresTest extends ConceptVersioningTest {
}
