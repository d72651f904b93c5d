package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** An honest "nothing here yet" with what will appear and when. */
public class EmptyState extends Div {

    public EmptyState(String title, String text) {
        addClassName("empty-state");
        getElement().setAttribute("role", "status");
        add(new H2(title), new Paragraph(text));
    }
}
