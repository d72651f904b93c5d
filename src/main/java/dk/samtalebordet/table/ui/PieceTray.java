package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dk.samtalebordet.concept.Picture;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import dk.samtalebordet.shared.ui.Texts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stikord or the picture pieces of the concept. Any participant lays a piece on the table, or takes it off,
 * with one press; a placed piece shows the initials of who placed it.
 */
class PieceTray extends Div {

    private final TableContext ctx;
    private final PieceKind kind;
    private final Map<String, Button> buttons = new HashMap<>();
    /** Who placed a piece, and who chose it beforehand: made only for pieces that have one (memory per page). */
    private final Map<String, Span> placers = new HashMap<>();
    private final Map<String, PlacedPiece> placed = new HashMap<>();
    private final Map<String, Span> chosen = new HashMap<>();
    /** The piece's own name, and who chose it beforehand: with who placed it, what a screen reader says. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<Long>> choosers = new HashMap<>();

    PieceTray(TableContext ctx, PieceKind kind) {
        this.ctx = ctx;
        this.kind = kind;
        addClassNames("piece-tray", kind == PieceKind.STIKORD ? "stikord-tray" : "picture-tray");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation(kind == PieceKind.STIKORD
                ? "table.stikord.title" : "table.pictures.title"));
        if (kind == PieceKind.STIKORD) {
            ctx.concept().stikord().forEach(s -> add(piece(s, s, new Span(s))));
        } else {
            for (Picture p : ctx.concept().pictures()) {
                Image image = new Image(p.path(), "");
                image.getElement().setAttribute("aria-hidden", "true");
                Div content = new Div(image, new Span(p.title()));
                content.addClassName("picture-content");
                Button b = piece(p.code(), p.title(), content);
                b.getElement().setAttribute("title", p.altText());
                add(b);
            }
        }
        ctx.state().pieces().stream().filter(p -> p.kind() == kind).forEach(p -> update(p.key(), p));
    }

    private Button piece(String key, String name, Component content) {
        Button button = new Button();
        names.put(key, name);
        button.getElement().setAttribute("aria-label", name);
        button.getElement().appendChild(content.getElement());
        button.addClassNames("tray-piece", kind == PieceKind.STIKORD ? "stikord-piece" : "picture-toggle");
        button.getElement().setAttribute("data-key", key);
        button.getElement().setAttribute("aria-pressed", "false");
        button.addClickListener(e -> ctx.run(() -> ctx.table.setPiece(ctx.id, ctx.me, kind, key,
                !placed.containsKey(key))));
        button.setEnabled(ctx.editable());
        buttons.put(key, button);
        return button;
    }

    /** Every piece as stored now: after events may have been missed. */
    void resync(List<PlacedPiece> stored) {
        Map<String, PlacedPiece> byKey = new HashMap<>();
        stored.forEach(p -> byKey.put(p.key(), p));
        List.copyOf(buttons.keySet()).forEach(key -> update(key, byKey.get(key)));
    }

    /** A piece was laid on the table ({@code piece} given) or taken off (null). */
    void update(String key, PlacedPiece piece) {
        Button button = buttons.get(key);
        if (button == null) {
            return;
        }
        if (piece == null) {
            placed.remove(key);
        } else {
            placed.put(key, piece);
        }
        boolean on = piece != null;
        button.setClassName("placed", on);
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            Span placer = placers.computeIfAbsent(key, k -> {
                Span span = new Span();
                span.addClassName("placer");
                button.getElement().insertChild(1, span.getElement());
                return span;
            });
            Texts.update(placer, ctx.initials(piece.placedBy()));
            placer.getElement().setAttribute("title",
                    getTranslation("table.piece.placed-by", ctx.name(piece.placedBy())));
        } else {
            Optional.ofNullable(placers.remove(key)).ifPresent(span -> span.getElement().removeFromParent());
        }
        label(key);
    }

    /** "Motivation, lagt på bordet af Mads Østergaard, valgt før samtalen af MØ, JPH": the piece for the ear. */
    private void label(String key) {
        StringBuilder label = new StringBuilder(names.get(key));
        PlacedPiece piece = placed.get(key);
        if (piece != null) {
            label.append(", ").append(getTranslation("table.piece.label.placed", ctx.name(piece.placedBy())));
        }
        List<Long> who = choosers.getOrDefault(key, List.of());
        if (!who.isEmpty()) {
            label.append(", ").append(getTranslation("table.piece.label.chosen",
                    String.join(", ", who.stream().map(ctx::name).toList())));
        }
        buttons.get(key).getElement().setAttribute("aria-label", label.toString());
    }

    /** Marks the stikord participants chose before the conversation with their initials; "fælles" if several. */
    void showChosen(Map<String, List<Long>> chosenBy) {
        choosers.clear();
        choosers.putAll(chosenBy);
        buttons.forEach((key, button) -> {
            List<String> who = choosers.getOrDefault(key, List.of()).stream().map(ctx::initials).toList();
            label(key);
            button.setClassName("chosen", !who.isEmpty());
            button.setClassName("chosen-shared", who.size() > 1);
            if (who.isEmpty()) {
                Optional.ofNullable(chosen.remove(key)).ifPresent(span -> span.getElement().removeFromParent());
                return;
            }
            Span badge = chosen.computeIfAbsent(key, k -> {
                Span span = new Span();
                span.addClassName("chooser");
                button.getElement().appendChild(span.getElement());
                return span;
            });
            Texts.update(badge, "★ " + String.join(" ", who)
                    + (who.size() > 1 ? " · " + getTranslation("table.piece.shared") : ""));
            badge.getElement().setAttribute("title", getTranslation("table.piece.chosen-by", String.join(", ", who)));
        });
    }

    List<PlacedPiece> placedPieces() {
        return List.copyOf(placed.values());
    }

    void setEditable(boolean editable) {
        buttons.values().forEach(b -> b.setEnabled(editable));
    }
}
