package dk.samtalebordet.privacy;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link AuditLogTest} on PostgreSQL (reads are recorded in a transaction of their own beside a read-only one). */
@PostgresIntegrationTest
class AuditLogOnPostgresTest extends AuditLogTest {
}
