package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/**
 * The foot of every page, signed in or not: the link to the accessibility statement, named as the Agency for
 * Digital Government asks ("Tilgængelighedserklæring").
 */
public class PageFooter extends Footer {

    public PageFooter() {
        addClassName("page-footer");
        add(new Anchor(AccessibilityStatementView.PATH, getTranslation("statement.link")));
    }
}
