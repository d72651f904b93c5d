package dk.samtalebordet.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.people.PeopleFixtures;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee's insight (GDPR art. 15): one ZIP with everything about them as JSON and PDF, and their
 * personalemappe; their own private notes and never the other participant's.
 */
@IntegrationTest
class InsightTest {

    @Autowired
    Insight insight;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    PeopleFixtures people;
    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;
    @Autowired
    PreparationService preparations;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;
    @Autowired
    AuditLog audit;
    @Autowired
    ObjectMapper mapper;

    @Test
    void theArchiveHoldsTheirConversationsTheirOwnPrivateNotesTheirPlansAndTheLogAboutThem() throws Exception {
        String leaderName = people.leader();
        String employee = people.employeeOf(leaderName, "en god lang adgangskode");
        long me = fixtures.id(employee);
        long leader = fixtures.id(leaderName);
        UUID id = fixtures.mus(leaderName, employee);
        var state = table.state(id, leader);
        long question = state.concept().allQuestions().get(0).id();
        notes.saveNote(id, leader, state.concept().perspectives().get(0).id(), "Fælles: mere ansvar", 0);
        preparations.savePrivateNote(id, me, question, "Min egen tanke om løn");
        preparations.savePrivateNote(id, leader, question, "Lederens hemmelige note");
        agreements.addAgreement(id, me, null, new AgreementFields("Kursus i GIS", "Medarbejderen", "I foråret",
                "Lea Ledersen", LocalDate.now().plusMonths(2), "Status på teammødet", null, null));
        plans.propose(id, leader);
        plans.approve(id, leader);
        plans.approve(id, me);
        Instant before = Instant.now().minusSeconds(1);

        Map<String, byte[]> files = unzip(insight.of(me, Locale.forLanguageTag("da-DK")).zip());

        assertThat(files).containsKeys("oplysninger.json", "oplysninger.pdf");
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("personalemappe/udviklingsplan-"));
        String json = new String(files.get("oplysninger.json"), StandardCharsets.UTF_8);
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.at("/person/username").asText()).isEqualTo(employee);
        JsonNode conversation = tree.get("conversations").get(0);
        assertThat(conversation.get("id").asText()).isEqualTo(id.toString());
        assertThat(conversation.at("/agreements/0/what").asText()).isEqualTo("Kursus i GIS");
        assertThat(json).contains("Fælles: mere ansvar", "Min egen tanke om løn")
                .doesNotContain("Lederens hemmelige note");
        assertThat(tree.get("documents")).hasSize(1);
        assertThat(tree.get("audit").toString()).contains("PLAN_APPROVED");

        String pdf = text(files.get("oplysninger.pdf"));
        assertThat(pdf).contains("Kursus i GIS").contains("Min egen tanke om løn")
                .doesNotContain("Lederens hemmelige note");
        assertThat(audit.search(me, List.of(), before, Instant.now().plusSeconds(1), 100))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(AuditKind.INSIGHT_DOWNLOADED));
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
