package dk.samtalebordet.security.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The Danish sign-in page. Spring Security handles the form post; a failed attempt returns with ?error. A person
 * sent here because their session ended (a server restart, a time-out) while text of theirs was not yet saved is
 * told so, and that the text is offered again after signing in.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@JavaScript("context://scripts/samtalebordet.js")
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");
        Paragraph signedOut = new Paragraph(getTranslation("login.signed-out-with-drafts"));
        signedOut.addClassName("login-notice");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        Div card = new Div(title, intro, signedOut, form);
        card.addClassName("login-card");
        add(card);
        getElement().executeJs("return window.Samtalebordet ? window.Samtalebordet.drafts.count() : 0")
                .then(Integer.class, drafts -> signedOut.setVisible(drafts != null && drafts > 0));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.form.username"));
        f.setPassword(getTranslation("login.form.password"));
        f.setSubmit(getTranslation("login.form.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    LoginForm form() {
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
