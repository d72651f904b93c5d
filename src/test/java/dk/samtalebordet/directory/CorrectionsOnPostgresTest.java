package dk.samtalebordet.directory;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link CorrectionsTest} on PostgreSQL. */
@PostgresIntegrationTest
class CorrectionsOnPostgresTest extends CorrectionsTest {
}
