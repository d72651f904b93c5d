package dk.samtalebordet.shared.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import dk.samtalebordet.shared.SignedInPerson;
import dk.samtalebordet.shared.Translations;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every UI starts in Danish; a person who chose English in the user menu keeps it, in this session and the next
 * (it is remembered with the person). The notice
 * Vaadin shows while the connection to the server is lost speaks the same language.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "samtalebordet.locale";

    private final TranslationProvider translations;
    private final SignedInPerson person;

    LocaleInitializer(TranslationProvider translations, SignedInPerson person) {
        this.translations = translations;
        this.person = person;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addUIInitListener(ui -> {
            VaadinSession session = ui.getUI().getSession();
            Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
            if (chosen == null && session != null) {
                // a new session: the language the person chose before, if they are signed in
                chosen = person.language().map(Translations::locale).orElse(null);
                if (chosen != null) {
                    session.setAttribute(SESSION_LOCALE, chosen);
                }
            }
            Locale locale = chosen instanceof Locale l ? l : TranslationProvider.DANISH;
            ui.getUI().setLocale(locale);
            ui.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
            var reconnect = ui.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(ui.getUI().getTranslation("connection.reconnecting"));
            reconnect.setDialogTextGaveUp(ui.getUI().getTranslation("connection.gave-up"));
            reconnect.setReconnectInterval(RECONNECT_INTERVAL_MS);
        });
    }

    /** Tries to reach the server again this often: a phone out of a tunnel is back within seconds. */
    private static final int RECONNECT_INTERVAL_MS = 2000;

    /**
     * What Vaadin says when the session is gone (a restart, a sign-out elsewhere) or the server failed: in the
     * person's language, and that what they wrote is not lost (their drafts are offered again after signing in).
     */
    private SystemMessages systemMessages(Locale requested) {
        Locale locale = requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())
                ? TranslationProvider.ENGLISH : TranslationProvider.DANISH;
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(translations.getTranslation("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(translations.getTranslation("system.session-expired.message", locale));
        // said, not just done: a session closed for idleness (or a restart) is explained before the login page
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption(translations.getTranslation("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(translations.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(translations.getTranslation("system.cookies.caption", locale));
        messages.setCookiesDisabledMessage(translations.getTranslation("system.cookies.message", locale));
        return messages;
    }
}
