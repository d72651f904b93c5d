package dk.samtalebordet.archive;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore procedure of the README for the embedded H2 database, as IT would follow it: an online
 * backup of the running application's database, the database gone, a restore into a new one, and the documented
 * check that every personnel document still matches its SHA-256.
 */
@IntegrationTest
class BackupRestoreTest {

    @TempDir
    Path dir;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    AgreementService agreements;
    @Autowired
    ConversationFixtures fixtures;

    /** The README's integrity check for H2: the documents whose content no longer matches their hash. */
    static final String H2_CHECK = "select count(*) from archived_document "
            + "where lower(rawtohex(hash('SHA256', content))) <> sha256";

    @Test
    void aBackupRestoredIntoANewDatabaseHoldsEveryPersonnelDocumentUnchanged() throws Exception {
        lockAPlan();
        Map<UUID, String> filed = new HashMap<>();
        jdbc.sql("select id, sha256 from archived_document").query((rs, i) ->
                filed.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        assertThat(filed).isNotEmpty();

        // 1. online backup while the application runs (README: SCRIPT TO ... COMPRESSION ZIP)
        Path backup = dir.resolve("samtalebordet-backup.zip");
        jdbc.sql("script to '" + backup + "' compression zip").query((rs, i) -> null).list();
        assertThat(backup).isNotEmptyFile();

        // 2. the database is gone; 3. a new, empty one is restored from the backup (README: RUNSCRIPT)
        String restored = "jdbc:h2:file:" + dir.resolve("restored") + ";LOCK_TIMEOUT=10000";
        try (var connection = DriverManager.getConnection(restored, "sa", "restore-password")) {
            connection.createStatement().execute("runscript from '" + backup + "' compression zip");

            // 4. every document is there, byte for byte as filed
            Map<UUID, String> back = new HashMap<>();
            try (var rs = connection.createStatement()
                    .executeQuery("select id, sha256, content from archived_document")) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    assertThat(Sha256.hex(rs.getBytes(3))).as("content of " + id).isEqualTo(rs.getString(2));
                    back.put(id, rs.getString(2));
                }
            }
            assertThat(back).containsAllEntriesOf(filed);
            assertThat(count(connection, H2_CHECK)).as("the README's check").isZero();
            // and the check does find a document that was changed
            connection.createStatement().execute("update archived_document set content = X'00' where id = '"
                    + filed.keySet().iterator().next() + "'");
            assertThat(count(connection, H2_CHECK)).isEqualTo(1);
        }
    }

    private static int count(java.sql.Connection connection, String sql) throws Exception {
        try (var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void lockAPlan() {
        long leader = fixtures.id("mos");
        long employee = fixtures.id("cfr");
        UUID id = fixtures.mus("mos", "cfr");
        agreements.addAgreement(id, employee, null, new AgreementFields("Kursus i projektledelse", "Camilla",
                "I foråret", "Mads", LocalDate.now().plusMonths(2), "Status på teammødet", null, null));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, employee);
    }
}
