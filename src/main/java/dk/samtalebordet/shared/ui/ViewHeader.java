package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Header;

/** The title (the page's only h1) and an optional lead text of a view. */
public class ViewHeader extends Header {

    public ViewHeader(String title, String lead, Component... extra) {
        addClassName("view-header");
        add(Markup.text("h1", null, title));
        if (lead != null && !lead.isBlank()) {
            add(Markup.text("p", "lead", lead));
        }
        add(extra);
    }
}
