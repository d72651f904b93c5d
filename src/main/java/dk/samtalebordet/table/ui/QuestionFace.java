package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a question card shows, drawn by the browser ({@code scripts/question-face.js}): its label, the wording in
 * use, the original wording while it is reworded, its status and its action buttons. The server sends one JSON
 * model with every text translated; the browser sends back the action pressed. One element instead of some
 * fifteen components and text nodes per card keeps a page's memory small.
 */
@Tag("sb-question-face")
@JavaScript("context://scripts/question-face.js")
public final class QuestionFace extends Component {

    /** What the card's buttons do; the key is what the browser sends back. */
    enum Action {
        FOCUS("focus"), TABLE("table"), DISCUSSED("discussed"), REWORD("reword");

        final String key;

        Action(String key) {
            this.key = key;
        }
    }

    private final Consumer<Action> pressed;
    private String shown = "";
    /** The actions the card offers now: a press on any other (the table was locked meanwhile) is ignored. */
    private Set<Action> offered = EnumSet.noneOf(Action.class);

    QuestionFace(Consumer<Action> pressed) {
        this.pressed = pressed;
        getElement().getClassList().add("question-face");
    }

    /** The browser's press on one of the card's buttons. */
    @ClientCallable
    public void act(String key) {
        for (Action a : Action.values()) {
            if (a.key.equals(key) && offered.contains(a)) {
                pressed.accept(a);
            }
        }
    }

    /** The model the browser draws, as JSON: read by tests as the browser reads it. */
    public String model() {
        return shown;
    }

    /** Builds the model of one state of the card; {@link Model#show} sends it only when it differs. */
    Model model(String label, String text) {
        return new Model(label, text);
    }

    /** One state of the card, built field by field. */
    final class Model {
        private final JsonObject json = Json.createObject();
        private final JsonArray actions = Json.createArray();
        private final Set<Action> offers = EnumSet.noneOf(Action.class);

        private Model(String label, String text) {
            json.put("label", label);
            json.put("text", text);
        }

        Model mark(String workplace) {
            json.put("workplace", workplace);
            return this;
        }

        Model original(String title, String text) {
            json.put("originalTitle", title);
            json.put("original", text);
            return this;
        }

        Model status(String status) {
            json.put("status", status);
            return this;
        }

        Model action(Action action, String label, Boolean pressed) {
            JsonObject a = Json.createObject();
            a.put("key", action.key);
            a.put("label", label);
            if (pressed != null) {
                a.put("pressed", pressed);
            }
            actions.set(actions.length(), a);
            offers.add(action);
            return this;
        }

        void show() {
            json.put("actions", actions);
            offered = offers;
            String model = json.toJson();
            if (!model.equals(shown)) {
                shown = model;
                getElement().setProperty("model", model);
            }
        }
    }
}
