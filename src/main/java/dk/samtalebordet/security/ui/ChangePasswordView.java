package dk.samtalebordet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.security.PasswordChange;
import dk.samtalebordet.security.PasswordPolicy;
import dk.samtalebordet.shared.ui.PageFooter;
import jakarta.annotation.security.PermitAll;

/**
 * A local account chooses its own password: a first administrator must, before anything else (the
 * {@link AccountGuard} sends them here); anyone with a local account may.
 */
@Route(value = "adgangskode", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public ChangePasswordView(CurrentUser user, PasswordChange change) {
        addClassName("login-view");
        H1 title = new H1(getTranslation("password.title"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation(user.require().mustChangePassword()
                ? "password.intro.first" : "password.intro", PasswordPolicy.MIN_LENGTH));
        intro.addClassName("login-intro");
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.helper", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(200);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("password.save"), e -> {
            clearErrors();
            try {
                change.change(user.require(), current.getValue(), chosen.getValue(), repeated.getValue());
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (PasswordChange.Refused refused) {
                PasswordField field = switch (refused.field()) {
                    case CURRENT -> current;
                    case NEW -> chosen;
                    case REPEAT -> repeated;
                };
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
                field.focus();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.setWidthFull();
        Div card = new Div(title, intro, current, chosen, repeated, save);
        card.addClassName("login-card");
        card.addClassName("password-card");
        add(card, new PageFooter());
        current.focus();
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}
