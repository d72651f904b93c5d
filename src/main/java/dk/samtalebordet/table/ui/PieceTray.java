package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dk.samtalebordet.concept.Picture;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stikord or the picture pieces of the concept. Any participant lays a piece on the table, or takes it off,
 * with one press; a placed piece shows the initials of who placed it, a chosen one who chose it beforehand.
 * <p>
 * The browser draws the pieces ({@code scripts/piece-tray.js}): the server sends the concept's pieces once and
 * then only what is shown on the pieces that are placed or chosen, every text translated here; the browser sends
 * back the key pressed. One element per tray instead of a component per piece keeps a page's memory small.
 */
@Tag("sb-piece-tray")
@JavaScript("context://scripts/piece-tray.js")
public final class PieceTray extends Component implements HasEnabled {

    private final TableContext ctx;
    private final PieceKind kind;
    /** Every piece's key and its own name, in the concept's order. */
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, PlacedPiece> placed = new HashMap<>();
    private final Map<String, List<Long>> choosers = new HashMap<>();

    PieceTray(TableContext ctx, PieceKind kind) {
        this.ctx = ctx;
        this.kind = kind;
        getElement().getClassList().addAll(List.of("piece-tray",
                kind == PieceKind.STIKORD ? "stikord-tray" : "picture-tray"));
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation(kind == PieceKind.STIKORD
                ? "table.stikord.title" : "table.pictures.title"));
        JsonArray pieces = Json.createArray();
        if (kind == PieceKind.STIKORD) {
            ctx.concept().stikord().forEach(s -> pieces.set(pieces.length(), piece(s, s)));
        } else {
            for (Picture p : ctx.concept().pictures()) {
                JsonObject piece = piece(p.code(), p.title());
                piece.put("src", p.path());
                piece.put("title", p.altText());
                pieces.set(pieces.length(), piece);
            }
        }
        getElement().setProperty("pieces", pieces.toJson());
        ctx.state().pieces().stream().filter(p -> p.kind() == kind).forEach(p -> placed.put(p.key(), p));
        setEnabled(ctx.editable());
        show();
    }

    private JsonObject piece(String key, String name) {
        names.put(key, name);
        JsonObject piece = Json.createObject();
        piece.put("key", key);
        piece.put("name", name);
        return piece;
    }

    /** The browser's press on a piece: lays it on the table, or takes it off if it lies there. */
    @ClientCallable
    public void press(String key) {
        if (names.containsKey(key)) {
            ctx.run(() -> ctx.table.setPiece(ctx.id, ctx.me, kind, key, !placed.containsKey(key)));
        }
    }

    /** Every piece as stored now: after events may have been missed. */
    void resync(List<PlacedPiece> stored) {
        placed.clear();
        stored.stream().filter(p -> names.containsKey(p.key())).forEach(p -> placed.put(p.key(), p));
        show();
    }

    /** A piece was laid on the table ({@code piece} given) or taken off (null). */
    void update(String key, PlacedPiece piece) {
        if (!names.containsKey(key)) {
            return;
        }
        if (piece == null) {
            placed.remove(key);
        } else {
            placed.put(key, piece);
        }
        show();
    }

    /** Marks the stikord participants chose before the conversation with their initials; "fælles" if several. */
    void showChosen(Map<String, List<Long>> chosenBy) {
        choosers.clear();
        chosenBy.forEach((key, who) -> {
            if (names.containsKey(key) && !who.isEmpty()) {
                choosers.put(key, who);
            }
        });
        show();
    }

    List<PlacedPiece> placedPieces() {
        return List.copyOf(placed.values());
    }

    void setEditable(boolean editable) {
        setEnabled(editable);
    }

    /** What the pieces that are placed or chosen show, in the concept's order; the others show their name only. */
    private void show() {
        JsonArray shown = Json.createArray();
        names.forEach((key, name) -> {
            PlacedPiece piece = placed.get(key);
            List<Long> who = choosers.getOrDefault(key, List.of());
            if (piece == null && who.isEmpty()) {
                return;
            }
            JsonObject s = Json.createObject();
            s.put("key", key);
            if (piece != null) {
                s.put("placer", ctx.initials(piece.placedBy()));
                s.put("placerTitle", getTranslation("table.piece.placed-by", ctx.name(piece.placedBy())));
            }
            if (!who.isEmpty()) {
                List<String> initials = who.stream().map(ctx::initials).toList();
                s.put("chooser", "★ " + String.join(" ", initials)
                        + (who.size() > 1 ? " · " + getTranslation("table.piece.shared") : ""));
                s.put("chooserTitle", getTranslation("table.piece.chosen-by", String.join(", ", initials)));
                s.put("shared", who.size() > 1);
            }
            s.put("label", label(name, piece, who));
            shown.set(shown.length(), s);
        });
        getElement().setProperty("shown", shown.toJson());
    }

    /** "Motivation, lagt på bordet af Mads Østergaard, valgt før samtalen af MØ, JPH": the piece for the ear. */
    private String label(String name, PlacedPiece piece, List<Long> who) {
        StringBuilder label = new StringBuilder(name);
        if (piece != null) {
            label.append(", ").append(getTranslation("table.piece.label.placed", ctx.name(piece.placedBy())));
        }
        if (!who.isEmpty()) {
            label.append(", ").append(getTranslation("table.piece.label.chosen",
                    String.join(", ", who.stream().map(ctx::name).toList())));
        }
        return label.toString();
    }
}
