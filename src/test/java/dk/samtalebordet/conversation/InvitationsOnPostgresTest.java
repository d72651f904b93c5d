package dk.samtalebordet.conversation;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link InvitationsTest} on PostgreSQL. */
@PostgresIntegrationTest
class InvitationsOnPostgresTest extends InvitationsTest {
}
