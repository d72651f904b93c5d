package dk.samtalebordet.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.NewConversation;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PieceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium, each participant on their own device: what one does on the live table reaches the others
 * through server push, without a reload; a reload or a late arrival shows everything done before; presence
 * follows who has the conversation open; and an outsider sees nothing.
 */
class LiveConversationBrowserTest extends BrowserTest {

    private static final Pattern IN_FOCUS = Pattern.compile("(^|\\s)in-focus(\\s|$)");
    /** Presence notices a closed page at the latest when its heartbeats stop (timeout 12 s, sweep every 2 s). */
    private static final LocatorAssertions.ContainsTextOptions PRESENCE_TIMEOUT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @Autowired
    ConversationService conversations;
    @Autowired
    ConceptService concepts;
    @Autowired
    LiveTableService table;
    @Autowired
    NoteService notes;

    @Test
    void aStikordHighlightedByTheLeaderShowsAsPlacedWithTheLeadersInitialsForTheEmployeeWithoutAReload() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        List<Page> pages = openTable(conversation, "jph", "mos");
        Page employee = pages.get(0);
        Page leader = pages.get(1);
        assertPresent(employee, "mos", "jph");
        markNoReload(employee);

        Locator leadersPiece = stikord(leader, "Motivation");
        assertThat(leadersPiece).hasAttribute("aria-pressed", "false");
        leadersPiece.click();
        assertThat(leadersPiece).hasClass(PLACED);

        Locator piece = stikord(employee, "Motivation");
        assertThat(piece).hasClass(PLACED);
        assertThat(piece).hasAttribute("aria-pressed", "true");
        assertThat(piece.locator(".placer")).hasText("MØ");
        assertThat(piece.locator(".placer")).hasAttribute("title", "Lagt på bordet af Mads Østergaard");
        assertThat(employee.locator(".walk-stikord")).containsText("Motivation · MØ");
        assertThat(employee.locator(".stikord-piece.placed")).hasCount(1);
        assertNotReloaded(employee);
    }

    @Test
    void anAgreementTypedByTheEmployeeShowsForTheLeaderWithItsFieldsAsPlainTextWithoutAReload() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        List<Page> pages = openTable(conversation, "mos", "jph");
        Page leader = pages.get(0);
        Page employee = pages.get(1);
        assertPresent(leader, "mos", "jph");
        markNoReload(leader);
        String what = "Kursus i <b>fed</b><script>window.hacked=1</script> skrift";

        Locator adfaerd = perspective(employee, "Adfærd");
        addAgreement(adfaerd, what, "Jens Peter og Mads", "Inden 1. marts", "Jens Peter", "Ved næste MUS");
        assertThat(adfaerd.locator(".agreement-row .agreement-what")).hasText(what);

        Locator row = perspective(leader, "Adfærd").locator(".agreement-row");
        assertThat(row).hasCount(1);
        assertThat(row.locator(".agreement-what")).hasText(what);
        assertThat(row.locator(".agreement-what b")).hasCount(0);
        assertThat(row.locator(".agreement-details")).containsText("Hvem: Jens Peter og Mads");
        assertThat(row.locator(".agreement-details")).containsText("Hvornår: Inden 1. marts");
        assertThat(row.locator(".agreement-details")).containsText("Ansvar: Jens Peter");
        assertThat(row.locator(".agreement-details")).containsText("Opfølgning: Ved næste MUS");
        assertThat(perspective(leader, "Adfærd").getByText("Ingen aftaler endnu.")).isHidden();
        assertThat(perspective(leader, "Struktur").locator(".agreement-row")).hasCount(0);
        assertThat(row.locator(".agreement-what script")).hasCount(0);
        assertThat(leader.evaluate("() => typeof window.hacked")).isEqualTo("undefined");
        assertThat(employee.evaluate("() => typeof window.hacked")).isEqualTo("undefined");
        assertNotReloaded(leader);
    }

    @Test
    void aRowsEditAndDeleteButtonsChangeTheAgreementForBothPagesAndAreOffWhileTheOtherEditsItWithFocusKept() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        List<Page> pages = openTable(conversation, "mos", "jph");
        Page leader = pages.get(0);
        Page employee = pages.get(1);
        Locator mine = perspective(employee, "Adfærd");
        addAgreement(mine, "Mentorordning", "Jens Peter", "I foråret", "Mads", "Til sommer");
        addAgreement(mine, "Kursus i Excel", "Jens Peter", "Inden 1. marts", "Jens Peter", "Ved næste MUS");
        Locator theirs = perspective(leader, "Adfærd");
        assertThat(theirs.locator(".agreement-row")).hasCount(2);
        for (int width : new int[] {1280, 390}) { // the rows' plain buttons, to look at
            employee.setViewportSize(width, 900);
            mine.locator(".agreement-list").screenshot(new Locator.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/screenshots/agreement-rows-" + width + ".png")));
        }
        employee.setViewportSize(1280, 900);

        mine.locator(".agreement-row").filter(new Locator.FilterOptions().setHasText("Kursus i Excel"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet")).click();
        assertThat(theirs.locator(".agreement-row")).hasCount(1);
        assertThat(theirs.locator(".agreement-what")).hasText("Mentorordning");

        Locator leadersEdit = theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Redigér"));
        leadersEdit.focus(); // the leader's keyboard is on the row the employee is about to change
        mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Redigér")).click();
        Locator form = mine.locator(".agreement-form");
        Locator what = form.getByLabel("Hvad aftaler I?", new Locator.GetByLabelOptions().setExact(true));
        assertThat(what).hasValue("Mentorordning");
        assertThat(theirs.locator(".agreement-row .typing-indicator")).containsText("Jens Peter");
        assertThat(theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet"))).isDisabled();
        what.fill("Mentorordning med en erfaren kollega");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem").setExact(true)).click();
        assertThat(theirs.locator(".agreement-what")).hasText("Mentorordning med en erfaren kollega");
        assertThat(theirs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Slet"))).isEnabled();
        assertThat(mine.locator(".agreement-form")).isHidden();
        // the row was drawn again (enabled once more), and the leader's focus stayed on its button
        assertThat(leadersEdit).isFocused();
    }

    @Test
    void aParticipantWhoReloadsAndAParticipantWhoJoinsLateSeeEverythingThatWasDoneBefore() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        long firstQuestion = concept().perspectives().get(0).questions().get(0).id();
        Page leader = openTable(conversation, "mos").get(0);

        stikord(leader, "Arbejdsglæde").click();
        assertThat(stikord(leader, "Arbejdsglæde")).hasClass(PLACED);
        Locator card = leader.locator("#question-" + firstQuestion);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fokus").setExact(true)).click();
        assertThat(card).hasClass(IN_FOCUS);
        leader.getByLabel("Noter – Adfærd").fill("Jens Peter trives med opgaverne i Vej og Park.");
        // The agreement's round trip comes after the note's, so once the row shows, the note is stored too
        addAgreement(perspective(leader, "Adfærd"), "Mentorordning med en erfaren kollega", "Jens Peter",
                "I foråret", "Mads", "Til sommer");
        assertThat(perspective(leader, "Adfærd").locator(".agreement-row")).hasCount(1);

        Page lateEmployee = openTable(conversation, "jph").get(0);
        assertTableShowsEverything(lateEmployee, firstQuestion);

        markNoReload(leader);
        leader.reload();
        assertThat(leader.evaluate("() => window.samtalebordetNoReload === undefined")).isEqualTo(true);
        assertTableShowsEverything(leader, firstQuestion);
        assertPresent(leader, "mos", "jph");
    }

    @Test
    void presenceShowsBothParticipantsAsHereAndTheEmployeeAsNotConnectedOnceTheirPageIsClosed() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        List<Page> pages = openTable(conversation, "mos", "jph");
        Page leader = pages.get(0);
        Page employee = pages.get(1);

        for (Page page : List.of(leader, employee)) {
            assertPresent(page, "mos", "jph");
            assertThat(chip(page, "mos")).containsText("Mads Østergaard");
            assertThat(chip(page, "mos")).containsText("Leder");
            assertThat(chip(page, "jph")).containsText("Jens Peter Hansen");
            assertThat(chip(page, "jph")).containsText("Medarbejder");
        }
        assertThat(chip(leader, "mos")).containsText("(dig)");
        assertThat(chip(employee, "jph")).containsText("(dig)");

        employee.close();

        assertThat(chip(leader, "jph")).containsText("ikke forbundet", PRESENCE_TIMEOUT);
        assertThat(chip(leader, "jph")).not().hasClass(HERE);
        assertThat(chip(leader, "mos")).hasClass(HERE);
        assertThat(chip(leader, "mos")).containsText("er her");
    }

    @Test
    void anEmployeeWhoIsNotAParticipantCannotOpenTheConversationAndSeesNoneOfItsContent() {
        UUID conversation = create(ConversationKind.MUS, "mos", "jph");
        long mos = personId("mos");
        long adfaerd = concept().perspectives().get(0).id();
        notes.saveNote(conversation, mos, adfaerd, "Fortrolig note om Jens Peter", 0);
        table.setPiece(conversation, mos, PieceKind.STIKORD, "Mod", true);

        Page outsider = signIn("ama", "demo");
        assertOnFrontPage(outsider);
        outsider.navigate(url("samtale/" + conversation));

        assertThat(outsider.getByText("Siden findes ikke, eller du har ikke adgang til den.")).isVisible();
        assertThat(outsider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Siden findes ikke")))
                .isVisible();
        assertThat(outsider).hasTitle("Siden findes ikke – Samtalebordet");
        assertThat(outsider.locator(".conversation-view")).hasCount(0);
        assertThat(outsider.locator(".presence-chip")).hasCount(0);
        assertThat(outsider.locator(".stikord-piece")).hasCount(0);
        assertThat(outsider.locator(".live-question")).hasCount(0);
        assertThat(outsider.locator("body")).not().containsText("Jens Peter Hansen");
        assertThat(outsider.locator("body")).not().containsText("Fortrolig note");
        assertThat(outsider.locator("body")).not().containsText("Albertslund");
        assertThat(outsider.locator("body")).not().containsText("Lokale 1");
    }

    @Test
    void inAGrusWithThreeParticipantsAllSeeEachOtherPresentAndAChangeByOneReachesTheOtherTwo() {
        UUID conversation = create(ConversationKind.GRUS, "sba", "khj", "rda");
        long question = concept().perspectives().get(1).questions().get(0).id();
        List<Page> all = openTable(conversation, "sba", "khj", "rda");
        Page leader = all.get(0);
        Page kirsten = all.get(1);
        Page rasmus = all.get(2);
        for (Page page : all) {
            assertThat(page.locator(".presence-chip")).hasCount(3);
            assertPresent(page, "sba", "khj", "rda");
            markNoReload(page);
        }

        stikord(kirsten, "Samarbejde").click();
        for (Page page : List.of(leader, rasmus)) {
            assertThat(stikord(page, "Samarbejde")).hasClass(PLACED);
            assertThat(stikord(page, "Samarbejde").locator(".placer")).hasText("KHJ");
        }

        rasmus.locator("#question-" + question)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fokus").setExact(true)).click();
        for (Page page : List.of(leader, kirsten)) {
            Locator card = page.locator("#question-" + question);
            assertThat(card).hasClass(IN_FOCUS);
            assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Fjern fokus")))
                    .hasAttribute("aria-pressed", "true");
            assertThat(page.locator(".walk-label")).hasText("Spørgsmål 4 af 9");
            assertThat(page.locator(".live-question.in-focus")).hasCount(1);
        }
        all.forEach(this::assertNotReloaded);
    }

    // ---- helpers ----

    private ConceptDetails concept() {
        return concepts.findLatest("albertslund-mus").orElseThrow();
    }

    private UUID create(ConversationKind kind, String leader, String... employees) {
        NewConversation request = new NewConversation(kind, concept().id(), Variant.PUSLESPIL, Form.VED_BORDET,
                Instant.now().plus(1, ChronoUnit.DAYS), 90, "Lokale 1", null,
                Arrays.stream(employees).map(this::personId).toList());
        return conversations.create(request, personId(leader));
    }

    private void assertTableShowsEverything(Page page, long focusedQuestion) {
        Locator piece = stikord(page, "Arbejdsglæde");
        assertThat(piece).hasClass(PLACED);
        assertThat(piece.locator(".placer")).hasText("MØ");
        assertThat(page.locator(".stikord-piece.placed")).hasCount(1);
        assertThat(page.locator("#question-" + focusedQuestion)).hasClass(IN_FOCUS);
        assertThat(page.locator(".live-question.in-focus")).hasCount(1);
        assertThat(page.locator(".walk-label")).hasText("Spørgsmål 1 af 9");
        assertThat(page.getByLabel("Noter – Adfærd")).hasValue("Jens Peter trives med opgaverne i Vej og Park.");
        Locator row = perspective(page, "Adfærd").locator(".agreement-row");
        assertThat(row).hasCount(1);
        assertThat(row.locator(".agreement-what")).hasText("Mentorordning med en erfaren kollega");
        assertThat(row.locator(".agreement-details")).containsText("Opfølgning: Til sommer");
    }
}
