package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.regex.Pattern;

/** A question piece of the puzzle, in its perspective's colour. The text is always plain text. */
public class QuestionPiece extends Div {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public QuestionPiece(String perspectiveName, String colour, int number, String text) {
        this(perspectiveName, colour, number, text, false);
    }

    /** @param workplace true for a question the workplace added for its own org unit, marked as such */
    public QuestionPiece(String perspectiveName, String colour, int number, String text, boolean workplace) {
        addClassNames("piece", "question-piece");
        getElement().setAttribute("role", "article");
        if (HEX_COLOUR.matcher(colour).matches()) {
            getStyle().set("--piece-colour", colour);
        }
        Span label = new Span(getTranslation("piece.question.label", number, perspectiveName));
        label.addClassName("piece-label");
        Paragraph body = new Paragraph(text);
        body.addClassName("piece-text");
        add(label, body);
        if (workplace) {
            Span mark = new Span(getTranslation("piece.question.workplace"));
            mark.addClassName("workplace-mark");
            add(mark);
        }
        getElement().setAttribute("aria-label", getTranslation("piece.question.label", number, perspectiveName));
    }
}
