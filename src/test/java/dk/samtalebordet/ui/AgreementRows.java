package dk.samtalebordet.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.DomEvent;
import dk.samtalebordet.agreement.ui.AgreementList;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/** The agreement rows of the open table, read the way the browser reads them: each row is markup. */
final class AgreementRows {

    private AgreementRows() {
    }

    /** The rows' markup, in order. */
    static List<Element> all() {
        return _find(Html.class, spec -> spec.withClasses("agreement-row")).stream()
                .map(row -> Jsoup.parseBodyFragment(row.getInnerHtml()).body()).toList();
    }

    /** The labels of the buttons of the row of what was agreed, in their order. */
    static List<String> buttons(String what) {
        return row(what).select("button").eachText();
    }

    /** A press on the button with this label in the row of what was agreed, as the browser sends it. */
    static void press(String what, String label) {
        Html row = _find(Html.class, spec -> spec.withClasses("agreement-row")).stream()
                .filter(r -> what(r).equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement row " + what));
        Element button = Jsoup.parseBodyFragment(row.getInnerHtml()).select("button").stream()
                .filter(b -> b.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in the row: " + buttons(what)));
        if (button.hasAttr("disabled")) {
            throw new AssertionError("the button " + label + " is disabled");
        }
        send(button.attr("data-agreement-action"), button.attr("data-agreement"));
    }

    /** What a browser sends for a press on a row's button, whether the page shows that button or not. */
    static void send(String action, String agreementId) {
        JsonObject data = Json.createObject();
        data.put(AgreementList.PRESSED_FILTER, true);
        data.put(AgreementList.PRESSED_ACTION, action);
        data.put(AgreementList.PRESSED_ROW, agreementId);
        com.vaadin.flow.dom.Element rows = _find(Html.class, spec -> spec.withClasses("agreement-row")).get(0)
                .getElement().getParent();
        _fireDomEvent(rows, new DomEvent(rows, "click", data));
    }

    private static Element row(String what) {
        return all().stream().filter(r -> r.selectFirst(".agreement-what").text().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement row " + what));
    }

    private static String what(Html row) {
        return Jsoup.parseBodyFragment(row.getInnerHtml()).selectFirst(".agreement-what").text();
    }
}
