package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;

/**
 * Read-only content that live updates change ({@link Markup}): one element whose markup is sent to the browser
 * again only when it differs from what it shows, so an unchanged refresh costs nothing on any open page.
 */
public final class LiveMarkup extends Composite<Html> {

    private String shown;

    /** Starts with the given content; its root's tag stays the element's tag. */
    public LiveMarkup(Element initial) {
        shown = initial.outerHtml();
    }

    @Override
    protected Html initContent() {
        return new Html(shown);
    }

    /** Shows the given content, with the same root tag, if it differs from what is shown. */
    public void show(Element content) {
        String markup = content.outerHtml();
        if (!markup.equals(shown)) {
            shown = markup;
            getContent().setHtmlContent(markup);
        }
    }
}
