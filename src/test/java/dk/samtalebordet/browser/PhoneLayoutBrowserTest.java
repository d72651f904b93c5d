package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.LiveTableService;
import dk.samtalebordet.conversation.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Walk'n'talk on a phone: the question in focus with next and previous, the stikord, and a quick agreement. */
class PhoneLayoutBrowserTest extends BrowserTest {

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    LiveTableService table;

    @Test
    void onANarrowScreenTheFocusedQuestionStikordAndAQuickAgreementComeFirst() {
        UUID id = fixtures.mus("mos", "cfr");
        table.setPiece(id, fixtures.id("mos"), PieceKind.STIKORD, "Work-life balance", true);

        Page phone = newPhone();
        phone.navigate(url("samtale/" + id));
        submitLogin(phone, "cfr", "demo");
        Locator walk = phone.locator(".walk-panel");
        assertThat(walk).containsText("Intet spørgsmål er i fokus endnu");
        assertThat(walk.locator(".walk-chip")).containsText("Work-life balance · MØ");

        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Næste ›")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 1 af 9");
        assertThat(walk.locator(".walk-question"))
                .hasText("Hvordan trives du helt grundlæggende med dit arbejde og dine opgaver?");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Næste ›")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 2 af 9");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("‹ Forrige")).click();
        assertThat(walk.locator(".walk-label")).hasText("Spørgsmål 1 af 9");

        walk.getByLabel("Hurtig aftale – hvad aftaler I?").fill("Gå-møde hver fredag");
        walk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tilføj hurtig aftale")).click();
        assertThat(phone.locator(".agreement-row .agreement-what").getByText("Gå-møde hver fredag")).isVisible();

        for (Locator target : new Locator[] {walk.locator(".walk-step").first(), walk.locator(".walk-step").nth(1),
                walk.locator(".walk-step").last(), phone.locator(".stikord-piece").first()}) {
            BoundingBox box = target.boundingBox();
            assertThat(box.height).as("touch target height").isGreaterThanOrEqualTo(44);
            assertThat(box.width).as("touch target width").isGreaterThanOrEqualTo(44);
        }
        BoundingBox panel = walk.boundingBox();
        assertThat(panel.x + panel.width).as("the panel fits the phone's width").isLessThanOrEqualTo(390);
    }

    private Page newPhone() {
        Page phone = newDevice();
        phone.setViewportSize(390, 844);
        return phone;
    }
}
