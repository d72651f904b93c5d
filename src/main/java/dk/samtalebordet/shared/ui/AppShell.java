package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import dk.samtalebordet.shared.Translations;

/**
 * The page shell: server push for the live table, the Danish page language and the application stylesheet
 * (plain CSS on Lumo custom properties; no npm build).
 */
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description", Translations.danish("app.description"));
        settings.addLink("stylesheet", "styles/samtalebordet.css");
        settings.addLink("icon", "icons/favicon.svg");
    }
}
