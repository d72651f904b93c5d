package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HasElement;
import elemental.json.Json;
import elemental.json.JsonArray;

import java.util.List;

/**
 * Text someone else stored, offered to a field in the browser. The browser takes it only if the field still shows
 * one of the texts the server knows it showed: keystrokes of this person's that are still on their way are never
 * overwritten. A taken text comes back to the server as a value from the browser (the events are marked remote,
 * so the drafts do not take it for typing).
 */
public final class RemoteText {

    private RemoteText() {
    }

    public static void offer(HasElement field, List<String> shownBefore, String text) {
        JsonArray clean = Json.createArray();
        shownBefore.forEach(t -> clean.set(clean.length(), t));
        field.getElement().executeJs("if ($0.indexOf(this.value) >= 0) { this.value = $1;"
                + " for (const type of ['input', 'change']) {"
                + "  this.dispatchEvent(new CustomEvent(type, {detail: {remote: true}})); } }", clean, text);
    }
}
