package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.samtalebordet.shared.AccessibilityContact;

import java.util.List;

/**
 * The accessibility statement (tilgængelighedserklæring) in the parts of the EU's model statement that the Agency
 * for Digital Government's WAS-Tool asks for: status, what is not accessible and why, how it was prepared, how to
 * report a problem, and where to complain. Open to everyone, signed in or not; every page links to it.
 */
@Route(value = AccessibilityStatementView.PATH, autoLayout = false)
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements HasDynamicTitle {

    public static final String PATH = "tilgaengelighed";
    static final String ENFORCEMENT = "https://digst.dk/digital-service/webtilgaengelighed/";

    public AccessibilityStatementView(AccessibilityContact contact) {
        addClassName("statement-page");
        String organisation = AccessibilityContact.present(contact.organisation()) ? contact.organisation()
                : getTranslation("statement.organisation.default");
        Main main = new Main();
        main.addClassName("statement");
        main.setId("main-content");
        main.add(new H1(getTranslation("statement.title")),
                new Paragraph(getTranslation("statement.intro", organisation)),
                new H2(getTranslation("statement.status.title")),
                new Paragraph(getTranslation("statement.status")),
                new H2(getTranslation("statement.gaps.title")),
                new Paragraph(getTranslation("statement.gaps.intro")),
                list("statement.gap.pdf"),
                new H2(getTranslation("statement.out-of-scope.title")),
                list("statement.out-of-scope.video", "statement.out-of-scope.files"),
                new H2(getTranslation("statement.burden.title")),
                new Paragraph(getTranslation("statement.burden")),
                new H2(getTranslation("statement.method.title")),
                new Paragraph(getTranslation("statement.method", Formats.date(contact.prepared(), getLocale()))),
                new H2(getTranslation("statement.contact.title")),
                contact(contact, organisation),
                new H2(getTranslation("statement.enforcement.title")),
                new Paragraph(getTranslation("statement.enforcement")),
                external(ENFORCEMENT, getTranslation("statement.enforcement.link")));
        if (AccessibilityContact.present(contact.wasUrl())) {
            main.add(new Paragraph(external(contact.wasUrl(), getTranslation("statement.was"))));
        }
        Anchor back = new Anchor("", getTranslation("statement.back"));
        back.addClassName("statement-back");
        add(back, main, new PageFooter());
    }

    private Component contact(AccessibilityContact contact, String organisation) {
        if (!contact.hasContact()) {
            return new Paragraph(getTranslation("statement.contact.missing", organisation));
        }
        Div block = new Div(new Paragraph(getTranslation("statement.contact", organisation)));
        UnorderedList ways = new UnorderedList();
        if (AccessibilityContact.present(contact.email())) {
            ways.add(new ListItem(new Text(getTranslation("statement.contact.email") + " "),
                    new Anchor("mailto:" + contact.email(), contact.email())));
        }
        if (AccessibilityContact.present(contact.phone())) {
            ways.add(new ListItem(new Text(getTranslation("statement.contact.phone") + " "),
                    new Anchor("tel:" + contact.phone().replace(" ", ""), contact.phone())));
        }
        block.add(ways);
        return block;
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        List.of(keys).forEach(key -> list.add(new ListItem(getTranslation(key))));
        return list;
    }

    private static Anchor external(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title");
    }
}
