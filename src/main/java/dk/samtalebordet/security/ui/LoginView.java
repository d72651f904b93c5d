package dk.samtalebordet.security.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
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
import dk.samtalebordet.security.SignInMethods;
import dk.samtalebordet.shared.ui.PageFooter;

import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.util.List;

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
    private final Paragraph refused = notice("login-notice login-refused");

    private final long throttleMinutes;

    public LoginView(SignInMethods methods,
                     @Value("${samtalebordet.sign-in.failure-window:PT15M}") Duration throttleWindow) {
        this.throttleMinutes = Math.max(1, throttleWindow.toMinutes());
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setVisible(methods.usernameForm());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");
        Paragraph signedOut = notice("login-notice");
        signedOut.setText(getTranslation("login.signed-out-with-drafts"));
        refused.getElement().setAttribute("role", "alert");
        Div card = new Div(title, intro, signedOut, refused);
        card.addClassName("login-card");
        if (methods.needsFirstAdministrator()) {
            Paragraph setup = notice("login-notice login-setup");
            setup.setText(getTranslation("login.not-set-up"));
            setup.setVisible(true);
            card.add(setup);
        }
        for (SignInMethods.Provider provider : methods.providers()) {
            Anchor button = new Anchor(provider.authorizationUri(), provider.label() != null ? provider.label()
                    : getTranslation(provider.microsoft() ? "login.oidc.microsoft" : "login.oidc.municipality"));
            button.setRouterIgnore(true);
            button.addClassName("login-provider");
            card.add(button);
        }
        if (methods.oidc() && methods.usernameForm()) {
            Paragraph or = new Paragraph(getTranslation(methods.directory() ? "login.or.directory" : "login.or.local"));
            or.addClassName("login-or");
            card.add(or);
        }
        card.add(form);
        add(card, new PageFooter());
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

    private static Paragraph notice(String classNames) {
        Paragraph notice = new Paragraph();
        notice.addClassNames(classNames.split(" "));
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        return notice;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        String reason = error == null ? null : error.isEmpty() || error.get(0).isBlank() ? "credentials"
                : error.get(0);
        form.setError("credentials".equals(reason));
        boolean other = reason != null && !"credentials".equals(reason);
        refused.setVisible(other);
        if (other) {
            refused.setText(getTranslation(switch (reason) {
                case "disabled" -> "login.refused.disabled";
                case "unknown" -> "login.refused.unknown";
                case "throttled" -> "login.refused.throttled";
                default -> "login.refused.provider";
            }, throttleMinutes));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
