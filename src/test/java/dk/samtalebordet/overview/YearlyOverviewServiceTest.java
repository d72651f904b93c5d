package dk.samtalebordet.overview;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.overview.YearlyOverviewService.Line;
import dk.samtalebordet.overview.YearlyOverviewService.Standing;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HR sees who had their conversation, who has one planned, and who has neither; names and dates only. */
@IntegrationTest
class YearlyOverviewServiceTest {

    @Autowired
    YearlyOverviewService overview;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanFixtures plans;

    @Test
    void hrSeesEveryoneWithTheirStandingAndCanExportItAsCsv() {
        UUID id = fixtures.mus("mos", "lno");
        agreements.addAgreement(id, fixtures.id("lno"), null,
                new AgreementFields("Hemmeligt kursusønske", "", "", "Mads", ""));
        plans.lock(id, fixtures.id("mos"), fixtures.id("lno"));
        fixtures.mus("mos", "cfr");

        List<Line> lines = overview.overview(fixtures.id("bsm"));

        assertThat(lines).extracting(Line::name).contains("Lars Nørgaard", "Camilla Frost", "Mads Østergaard")
                .doesNotContain("Henriette Lund Kjær", "Systemadministrator");
        assertThat(line(lines, "Lars Nørgaard").standing()).isEqualTo(Standing.HAD_CONVERSATION);
        assertThat(line(lines, "Lars Nørgaard").lastLockedPlan()).isNotNull();
        assertThat(line(lines, "Camilla Frost").standing()).isIn(Standing.SCHEDULED, Standing.HAD_CONVERSATION);
        assertThat(line(lines, "Rasmus Dahl").orgUnit()).isEqualTo("Byggeri og Miljø");

        Map<Standing, String> labels = new EnumMap<>(Standing.class);
        labels.put(Standing.HAD_CONVERSATION, "Har haft samtale");
        labels.put(Standing.SCHEDULED, "Samtale planlagt");
        labels.put(Standing.NEITHER, "Mangler samtale");
        String csv = new String(overview.csv(fixtures.id("bsm"), List.of("Enhed", "Navn", "Seneste", "Næste",
                "Status"), labels), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFEnhed;Navn;Seneste;Næste;Status\r\n")
                .containsPattern("Vej og Park;Lars Nørgaard;\\d{2}\\.\\d{2}\\.20\\d{2};").contains("Har haft samtale")
                .doesNotContain("Hemmeligt kursusønske");
    }

    @Test
    void nobodyButHrSeesTheOverview() {
        for (String other : List.of("mos", "jph", "admin", "hlk")) {
            assertThatThrownBy(() -> overview.overview(fixtures.id(other))).as(other)
                    .isInstanceOf(ConversationException.NotAllowed.class);
        }
    }

    private static Line line(List<Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }
}
