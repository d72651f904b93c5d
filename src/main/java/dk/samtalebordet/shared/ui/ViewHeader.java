package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title (the page's only h1) and an optional lead text of a view. */
public class ViewHeader extends Header {

    public ViewHeader(String title, String lead, Component... extra) {
        addClassName("view-header");
        add(new H1(title));
        if (lead != null && !lead.isBlank()) {
            Paragraph p = new Paragraph(lead);
            p.addClassName("lead");
            add(p);
        }
        add(extra);
    }
}
