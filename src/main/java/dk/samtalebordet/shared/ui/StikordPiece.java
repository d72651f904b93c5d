package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A stikord (keyword) piece. */
public class StikordPiece extends Span {

    public StikordPiece(String text) {
        super(text);
        addClassNames("piece", "stikord-piece");
    }
}
