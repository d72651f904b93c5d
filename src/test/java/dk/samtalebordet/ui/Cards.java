package dk.samtalebordet.ui;

import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.table.ui.QuestionFace;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** A question card of the open table, read the way the browser reads it: from its face's model. */
final class Cards {

    private Cards() {
    }

    /** The first question card of the table. */
    static Div first() {
        return _find(Div.class, spec -> spec.withClasses("live-question")).get(0);
    }

    static JsonObject model(Div card) {
        return Json.parse(_get(card, QuestionFace.class).model());
    }

    /** The labels of the card's buttons, in their order. */
    static List<String> buttons(Div card) {
        JsonArray actions = model(card).getArray("actions");
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < actions.length(); i++) {
            labels.add(actions.getObject(i).getString("label"));
        }
        return labels;
    }

    /** A press on the card's button with this label, as the browser sends it. */
    static void press(Div card, String label) {
        JsonArray actions = model(card).getArray("actions");
        for (int i = 0; i < actions.length(); i++) {
            if (actions.getObject(i).getString("label").equals(label)) {
                _get(card, QuestionFace.class).act(actions.getObject(i).getString("key"));
                return;
            }
        }
        throw new AssertionError("no button " + label + " on the card: " + buttons(card));
    }
}
