package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The page's polite live region (WCAG 4.1.3): what other participants change while one is reading is said in
 * words, by a screen reader, without moving anybody's focus. The layout holds one region per tab, so it stays
 * across navigation and re-rendering; the browser waits until the others have been quiet for a moment and sums
 * rapid changes up ({@code window.Samtalebordet.announce}), so nobody is flooded.
 */
public class LiveAnnouncements extends Div {

    static final String ID = "live-announcements";

    public LiveAnnouncements() {
        setId(ID);
        addClassName("visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        // the browser fills in how many changes and the last of them
        getElement().setAttribute("data-summary", getTranslation("announce.summary", "{0}", "{1}"));
    }

    /** Says a sentence in the live region of the tab the component is shown in. */
    public static void say(Component shownIn, String sentence) {
        shownIn.getUI().ifPresent(ui -> ui.getPage().executeJs(
                "window.Samtalebordet && window.Samtalebordet.announce($0)", sentence));
    }
}
