package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parts of a page that are only read, written as markup into one element ({@link Html}) instead of a component
 * and a text node each: every open page holds its components in the server's memory, and a heading or a hint
 * need not be one. Texts and attribute values are escaped by jsoup: what people wrote is always text, never
 * markup ({@code LookBackViewTest} and {@code LiveConversationBrowserTest} write tags and check they stay text).
 * Only for what is not pressed or typed in: a component with listeners stays a component.
 */
public final class Markup {

    private Markup() {
    }

    /** A detached element to build markup in; written without whitespace of its own between the elements. */
    public static Element element(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /** One element of plain text, with an optional class name. */
    public static Html text(String tag, String className, String text) {
        Element element = element(tag).text(text);
        if (className != null) {
            element.addClass(className);
        }
        return html(element);
    }

    public static Html html(Element element) {
        return new Html(element.outerHtml());
    }
}
