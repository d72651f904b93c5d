package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.table.LiveTableService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people did at the table is never lost or shown stale: two people typing in one note at the same moment,
 * a switch between puslespil and skema, and text typed while the connection was cut and the plan got locked.
 */
class NothingLostBrowserTest extends BrowserTest {

    private static final String NOTES = "Noter – Adfærd";
    /** The browser tries to reach the server again every few seconds (ReconnectDialogConfiguration). */
    private static final LocatorAssertions.IsVisibleOptions RECONNECTED =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;
    @Autowired
    AgreementService agreements;
    @Autowired
    PlanService plans;

    @Test
    void twoPeopleWhoStartTypingInOneNoteAtTheSameMomentBothKeepTheirTextAndTheRefusedOneChoosesWhatStays() {
        UUID id = fixtures.mus("mos", "jph");
        List<Page> pages = openTable(id, "mos", "jph");
        String[] texts = {"Mads: trivsel i teamet er god", "Jens Peter: mere ansvar for driften"};
        long at = System.currentTimeMillis() + 1500;
        for (int i = 0; i < 2; i++) {
            typeAt(pages.get(i), NOTES, at, texts[i]);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(pages.get(i).getByLabel(NOTES)).hasValue(texts[i]);
        }

        Locator[] dialogs = {conflict(pages.get(0)), conflict(pages.get(1))};
        pages.get(0).waitForCondition(() -> dialogs[0].count() + dialogs[1].count() > 0);
        int refused = dialogs[0].count() == 1 ? 0 : 1;
        int stored = 1 - refused;
        assertThat(dialogs[refused]).hasCount(1);
        assertThat(dialogs[stored]).hasCount(0);
        String note = adfaerd(id);
        assertThat(note).as("the first to arrive is stored, whole").isEqualTo(texts[stored]);
        Locator dialog = dialogs[refused];
        assertThat(dialog.locator(".conflict-mine")).hasText(texts[refused]);
        assertThat(dialog.locator(".conflict-theirs")).hasText(texts[stored]);
        // the refused text stays in its field
        assertThat(pages.get(refused).getByLabel(NOTES)).hasValue(texts[refused]);

        pages.get(stored).getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Adfærd")).first().click();
        Locator both = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sæt begge sammen"));
        assertThat(both).isEnabled();
        both.click();

        String merged = texts[stored] + "\n\n" + texts[refused];
        for (Page page : pages) {
            assertThat(page.getByLabel(NOTES)).hasValue(merged);
        }
        assertThat(adfaerd(id)).isEqualTo(merged);
    }

    @Test
    void switchingBetweenPuslespilAndSkemaShowsExactlyWhatIsStoredNow() {
        UUID id = fixtures.mus("mos", "jph");
        List<Page> pages = openTable(id, "mos", "jph");
        Page leader = pages.get(0);
        Page employee = pages.get(1);
        stikord(leader, "Motivation").click();
        leader.getByLabel(NOTES).fill("Jens Peter vil gerne have mere ansvar.");
        addAgreement(perspective(leader, "Adfærd"), "Kursus i beplantning", "Jens Peter", "I foråret",
                "Mads", "Ved næste MUS");
        assertThat(stikord(employee, "Motivation")).hasClass(PLACED);
        assertThat(employee.getByLabel(NOTES)).hasValue("Jens Peter vil gerne have mere ansvar.");
        assertThat(employee.locator(".agreement-what")).hasText("Kursus i beplantning");

        for (String variant : new String[] {"Skema", "Puslespil", "Skema"}) {
            employee.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(variant)).check();
            assertThat(employee.locator(variant.equals("Skema") ? "table.skema" : ".puzzle")).isVisible();
            assertThat(stikord(employee, "Motivation")).hasClass(PLACED);
            assertThat(stikord(employee, "Motivation").locator(".placer")).hasText("MØ");
            assertThat(employee.getByLabel(NOTES)).hasValue("Jens Peter vil gerne have mere ansvar.");
            assertThat(employee.locator(".agreement-what")).hasText("Kursus i beplantning");
        }
    }

    @Test
    void textTypedWhileTheConnectionIsCutAndThePlanGetsLockedIsShownInPlaceToCopyAndNeverStored() {
        UUID id = fixtures.mus("mos", "jph");
        long mos = personId("mos");
        long jph = personId("jph");
        agreements.addAgreement(id, jph, null, new AgreementFields("Kursus", "Jens Peter", "I år", "Mads", ""));
        plans.propose(id, mos);
        plans.approve(id, jph);
        try (CuttableProxy network = new CuttableProxy(port)) {
            Page employee = openTableThrough(network, id, "jph");

            network.cut();
            assertThat(employee.locator(".offline-banner")).isVisible();
            assertThat(employee.locator(".offline-banner")).containsText("Ingen forbindelse til Samtalebordet");
            assertThat(chip(employee, "jph")).containsText("ukendt – ingen forbindelse");
            assertThat(employee.getByText("Forbindelsen til Samtalebordet er afbrudt – prøver igen …"))
                    .isVisible();
            employee.getByLabel(NOTES).pressSequentially("Skrevet uden net");
            plans.approve(id, mos);
            network.restore();

            Locator unsaved = employee.locator(".unsaved-text");
            assertThat(unsaved).isVisible(RECONNECTED);
            assertThat(unsaved.getByRole(AriaRole.TEXTBOX)).hasValue("Skrevet uden net");
            assertThat(unsaved).containsText("ikke gemt");
            assertThat(employee.locator(".locked-banner")).isVisible();
            assertThat(employee.locator(".offline-banner")).isHidden();
            assertThat(table.state(id, mos).notes().values()).allSatisfy(n -> assertThat(n.text()).isEmpty());
        }
    }

    private String adfaerd(UUID id) {
        var state = table.state(id, personId("mos"));
        return state.notes().get(state.concept().perspectives().get(0).id()).text();
    }
}
