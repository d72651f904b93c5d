package dk.samtalebordet.notification;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link ReminderServiceTest} on PostgreSQL. */
@PostgresIntegrationTest
class ReminderServiceOnPostgresTest extends ReminderServiceTest {
}
