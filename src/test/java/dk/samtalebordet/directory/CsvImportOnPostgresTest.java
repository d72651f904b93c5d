package dk.samtalebordet.directory;

import dk.samtalebordet.PostgresIntegrationTest;

/** {@link CsvImportTest} on PostgreSQL. */
@PostgresIntegrationTest
class CsvImportOnPostgresTest extends CsvImportTest {
}
