package dk.samtalebordet.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every UI starts in Danish; a person who chose English in the user menu keeps it for their session. The notice
 * Vaadin shows while the connection to the server is lost speaks the same language.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_LOCALE = "samtalebordet.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            VaadinSession session = ui.getUI().getSession();
            Object chosen = session == null ? null : session.getAttribute(SESSION_LOCALE);
            Locale locale = chosen instanceof Locale l ? l : TranslationProvider.DANISH;
            ui.getUI().setLocale(locale);
            ui.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
            var reconnect = ui.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(ui.getUI().getTranslation("connection.reconnecting"));
            reconnect.setDialogTextGaveUp(ui.getUI().getTranslation("connection.gave-up"));
        });
    }
}
