package dk.samtalebordet.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.conversation.ConversationDeletion;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.privacy.Erasure;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * An administrator erases a person's data on request, from the person's page under Personer og enheder: what
 * goes and what is kept is said before, confirmed in a dialog, and the outcome said after.
 */
@Route("sletning/:personId([0-9]{1,18})")
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class ErasureView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Erasure erasure;
    private final PeopleService people;
    private final long me;
    private final Paragraph outcome = new Paragraph();

    public ErasureView(Erasure erasure, PeopleService people, CurrentUser currentUser) {
        this.erasure = erasure;
        this.people = people;
        this.me = currentUser.require().personId();
        addClassNames("page", "erasure-view");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PersonSummary person = event.getRouteParameters().getLong("personId").flatMap(people::findById)
                .orElse(null);
        if (person == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        add(new ViewHeader(getTranslation("erasure.confirm.title", person.fullName()),
                getTranslation("erasure.confirm.text")));
        Button erase = new Button(getTranslation("erasure.button"), e -> confirm(person));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(erase, outcome);
    }

    private void confirm(PersonSummary person) {
        outcome.setText("");
        Dialog dialog = new Dialog(getTranslation("erasure.confirm.title", person.fullName()));
        dialog.add(new Paragraph(getTranslation("erasure.confirm.text")));
        Button cancel = new Button(getTranslation("erasure.confirm.cancel"), e -> dialog.close());
        Button ok = new Button(getTranslation("erasure.confirm.ok"), e -> {
            dialog.close();
            try {
                ConversationDeletion.Erased erased = erasure.erase(me, person.id());
                outcome.setText(getTranslation("erasure.done", erased.deleted(), erased.left(),
                        erased.keptLocked()));
            } catch (ConversationException.NotAllowed refused) {
                outcome.setText(getTranslation(refused.messageKey()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasure.page-title");
    }
}
