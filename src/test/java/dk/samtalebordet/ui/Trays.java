package dk.samtalebordet.ui;

import dk.samtalebordet.table.ui.PieceTray;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** The piece trays of the open table, read the way the browser reads them: from the element's properties. */
final class Trays {

    private Trays() {
    }

    static PieceTray stikord() {
        return _get(PieceTray.class, spec -> spec.withClasses("stikord-tray"));
    }

    static PieceTray pictures() {
        return _get(PieceTray.class, spec -> spec.withClasses("picture-tray"));
    }

    /** The keys of the tray's pieces, in the order it shows them. */
    static List<String> keys(PieceTray tray) {
        List<String> keys = new ArrayList<>();
        JsonArray pieces = array(tray, "pieces");
        for (int i = 0; i < pieces.length(); i++) {
            keys.add(pieces.getObject(i).getString("key"));
        }
        return keys;
    }

    /** What a placed or chosen piece shows (placer, placerTitle, chooser, label...); empty for any other. */
    static Optional<JsonObject> shown(PieceTray tray, String key) {
        JsonArray shown = array(tray, "shown");
        for (int i = 0; i < shown.length(); i++) {
            if (shown.getObject(i).getString("key").equals(key)) {
                return Optional.of(shown.getObject(i));
            }
        }
        return Optional.empty();
    }

    /** A press on the piece, as the browser sends it. */
    static void press(PieceTray tray, String key) {
        if (!keys(tray).contains(key)) {
            throw new AssertionError("no piece " + key + " in the tray: " + keys(tray));
        }
        tray.press(key);
    }

    private static JsonArray array(PieceTray tray, String property) {
        return Json.instance().parse(tray.getElement().getProperty(property, "[]"));
    }
}
