package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees for an address that does not exist and for one they may not open. The two look exactly
 * the same and answer 404 on purpose, so a guessed or tampered address reveals nothing.
 */
public abstract class RefusalView extends Main implements HasDynamicTitle {

    protected RefusalView() {
        addClassName("message-view");
    }

    protected int refuse() {
        removeAll();
        add(new H1(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " – " + getTranslation("app.name");
    }
}
