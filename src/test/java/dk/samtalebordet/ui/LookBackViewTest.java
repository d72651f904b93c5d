package dk.samtalebordet.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanFixtures;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The look back at this year's table: last year's agreements as text, each marked in place. */
class LookBackViewTest extends KaribuTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanFixtures plans;
    @Autowired
    LiveTableService table;

    @Test
    void lastYearsAgreementIsShownAsTextAndCarriedIntoThisYearsPlanWhenMarkedVidereført() {
        long leader = fixtures.id("sba");
        long employee = fixtures.id("rda");
        UUID lastYear = fixtures.mus("sba", "rda");
        String what = "Kursus i <b>beplantning</b> & pleje";
        agreements.addAgreement(lastYear, employee, null,
                new AgreementFields(what, "", "", "Sofie Bech Andersen", ""));
        plans.lock(lastYear, leader, employee);
        UUID thisYear = fixtures.mus("sba", "rda");

        login("rda");
        navigate("samtale/" + thisYear);
        Div row = row(what);
        assertThat(markup(row)).contains("Ansvar: Sofie Bech Andersen").contains("Ikke startet");
        assertThat(_find(row, Button.class)).extracting(Button::getText)
                .containsExactly("Gennemført", "Droppet", "Videreført");

        _click(_get(row, Button.class, spec -> spec.withText("Videreført")));

        assertThat(table.state(thisYear, employee).agreements()).extracting(a -> a.fields().what())
                .containsExactly(what);
        Div marked = row(what);
        assertThat(markup(marked)).contains("Videreført");
        assertThat(_find(marked, Button.class)).as("a carried agreement is marked once").isEmpty();
    }

    /** The look back's row of an agreement, found by its text as the browser shows it. */
    private static Div row(String what) {
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("look-back-row")).stream()
                .filter(r -> r.getChildren().filter(Html.class::isInstance).map(Html.class::cast).findFirst()
                        .map(h -> org.jsoup.Jsoup.parseBodyFragment(h.getElement().getProperty("innerHTML")).text()
                                .equals(what)).orElse(false))
                .toList();
        assertThat(rows).as("the look back shows " + what + " once, as text").hasSize(1);
        return rows.get(0);
    }

    /** What the row's read-only parts say. */
    private static String markup(Div row) {
        return String.join(" | ", row.getChildren().filter(Html.class::isInstance)
                .map(h -> org.jsoup.Jsoup.parseBodyFragment(h.getElement().getProperty("innerHTML")).text())
                .toList());
    }
}
