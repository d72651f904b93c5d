package dk.samtalebordet.notification;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link InvitationsTest} on PostgreSQL. */
@PostgresIntegrationTest
class InvitationsOnPostgresTest extends InvitationsTest {
}
