package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dk.samtalebordet.shared.SignedInPerson;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * The frame around every signed-in view: the application name, a navigation built from the views' {@code @Menu}
 * annotations (filtered by the signed-in person's roles), and a user menu with language and sign-out.
 */
@Layout
@PermitAll
@JavaScript("context://scripts/samtalebordet.js")
public class MainLayout extends AppLayout {

    private final SignedInPerson currentUser;
    private final SideNav nav = new SideNav();
    /** Holds the view (each view is the page's {@code main} landmark); the skip link's target, the footer after it. */
    private final Div main = new Div();

    public MainLayout(SignedInPerson currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);

        Html skip = Markup.html(Markup.element("a").attr("href", "#main-content").addClass("skip-link")
                .text(getTranslation("layout.skip-to-content")));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggle-navigation"));
        addToNavbar(skip, toggle);
        currentUser.fullName().ifPresent(name -> addToNavbar(userMenu(name)));

        Element brandRow = Markup.element("div").addClass("brand-row");
        brandRow.appendElement("vaadin-icon").addClass("brand-mark").attr("src", "icons/favicon.svg");
        brandRow.appendElement("span").addClass("brand").text(getTranslation("app.name"));
        nav.setLabel(getTranslation("layout.navigation"));
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(Markup.html(brandRow), nav);

        addToNavbar(Markup.html(Markup.element("div").addClass("offline-banner").attr("role", "status")
                .text(getTranslation("connection.offline"))));

        main.setId("main-content");
        main.addClassName("layout-main");
        main.getElement().setAttribute("tabindex", "-1");
        Div page = new Div(main, new PageFooter(), new LiveAnnouncements());
        page.addClassName("layout-page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeChild(oldContent.getElement());
    }

    private Component userMenu(String fullName) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(fullName);
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.getElement().setAttribute("tabindex", "-1"); // the menu button around it is what takes focus
        Span name = new Span(fullName);
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-trigger");
        MenuItem root = menu.addItem(trigger);
        boolean english = Locale.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        root.getSubMenu().addItem(getTranslation(english ? "layout.language.danish" : "layout.language.english"),
                e -> switchLanguage(english ? TranslationProvider.DANISH : TranslationProvider.ENGLISH));
        root.getSubMenu().addItem(getTranslation("nav.my-data"),
                e -> getUI().ifPresent(ui -> ui.navigate("mine-oplysninger")));
        if (currentUser.hasLocalPassword()) {
            root.getSubMenu().addItem(getTranslation("layout.password"),
                    e -> getUI().ifPresent(ui -> ui.navigate("adgangskode")));
        }
        root.getSubMenu().addItem(getTranslation("layout.logout"), e -> currentUser.signOut());
        Div wrapper = new Div(menu);
        wrapper.addClassName("navbar-end");
        return wrapper;
    }

    private void switchLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(LocaleInitializer.SESSION_LOCALE, locale);
        currentUser.rememberLanguage(locale.getLanguage());
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }
}
