package dk.samtalebordet.conversation;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ConversationServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class ConversationServiceOnPostgresTest extends ConversationServiceTest {
}
