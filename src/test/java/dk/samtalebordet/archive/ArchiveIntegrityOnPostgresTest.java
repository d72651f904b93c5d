package dk.samtalebordet.archive;

import dk.samtalebordet.PostgresIntegrationTest;
import dk.samtalebordet.conversation.ConversationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's integrity check after a PostgreSQL restore (pg_restore): the query that counts the personnel
 * documents whose content no longer matches their SHA-256 finds none, and finds one that was changed.
 */
@PostgresIntegrationTest
class ArchiveIntegrityOnPostgresTest {

    static final String POSTGRES_CHECK = "select count(*) from archived_document "
            + "where encode(sha256(content), 'hex') <> sha256";

    @Autowired
    ArchiveService archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theDocumentedCheckFindsNoMismatchAndFindsAChangedDocument() {
        assertThat(count()).isZero();
        java.util.UUID conversation = fixtures.mus("mos", "jph");
        // in a transaction rolled back at the end: the shared database keeps no test document
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ArchivedDocument filed = archive.file(null, fixtures.id("mos"), conversation, "Prøve", "proeve.pdf",
                    "%PDF-1.4 prøve".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(count()).isZero();
            jdbc.sql("update archived_document set content = ? where id = ?").params(new byte[] {0}, filed.id())
                    .update();
            assertThat(count()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(count()).isZero();
    }

    private int count() {
        return jdbc.sql(POSTGRES_CHECK).query(Integer.class).single();
    }
}
