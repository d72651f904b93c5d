package dk.samtalebordet.privacy;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ErasureTest} on PostgreSQL. */
@PostgresIntegrationTest
class ErasureOnPostgresTest extends ErasureTest {
}
