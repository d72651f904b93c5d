package dk.samtalebordet.directory;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ScimProvisioningTest} on PostgreSQL. */
@PostgresIntegrationTest
class ScimProvisioningOnPostgresTest extends ScimProvisioningTest {
}
