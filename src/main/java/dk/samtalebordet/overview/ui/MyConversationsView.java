package dk.samtalebordet.overview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.overview.ConversationListItem;
import dk.samtalebordet.overview.ConversationOverviewService;
import dk.samtalebordet.notification.ReminderService;
import dk.samtalebordet.conversation.ui.NewConversationView;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.table.ui.ConversationView;
import dk.samtalebordet.security.SignedInUser;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.LiveUpdates;
import dk.samtalebordet.shared.ui.EmptyState;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The front page: the signed-in person's conversations, live: a new invitation, a moved time, a cancellation or
 * a locked plan shows without a reload, and opening the page (from the menu too) shows it as stored now.
 */
@Route("")
@Menu(title = "nav.my-conversations", order = 1, icon = "vaadin:comments-o")
@PermitAll
public class MyConversationsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ConversationOverviewService overview;
    private final ReminderService reminders;
    private final PeopleService people;
    private final SignedInUser user;

    public MyConversationsView(ConversationOverviewService overview, ReminderService reminders,
                               PeopleService people, CurrentUser currentUser, LiveEventBus bus) {
        this.overview = overview;
        this.reminders = reminders;
        this.people = people;
        this.user = currentUser.require();
        addClassName("page");
        LiveUpdates.follow(this, bus, () -> LiveEvent.conversationsOf(user.personId()), event -> render());
        // registered after the following, so it runs after it: the list is read once changes are followed
        addAttachListener(attach -> render());
    }

    /** Choosing the menu item again while here shows the list as stored now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (isAttached()) {
            render();
        }
    }

    private void render() {
        removeAll();
        add(new ViewHeader(getTranslation("conversations.title"),
                getTranslation("conversations.greeting", user.fullName())));
        people.findById(user.personId()).map(PersonSummary::managerName).ifPresent(leader -> {
            Paragraph line = new Paragraph(getTranslation("conversations.my-leader", leader));
            line.addClassName("my-leader");
            add(line);
        });
        var unread = reminders.unread(user.personId());
        if (!unread.isEmpty()) {
            Div list = new Div();
            list.addClassName("reminders");
            list.getElement().setAttribute("role", "region");
            list.getElement().setAttribute("aria-label", getTranslation("reminders.title"));
            for (var reminder : unread) {
                Div row = new Div();
                row.addClassName("reminder");
                Anchor open = new Anchor(reminder.link(), reminder.text(getLocale()));
                Button read = new Button(getTranslation("reminders.read"), e -> {
                    reminders.markRead(reminder.id(), user.personId());
                    list.remove(row);
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(open, read);
                list.add(row);
            }
            add(list);
        }

        if (user.hasRole(Role.LEDER)) {
            Button create = new Button(getTranslation("new.title"),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewConversationView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        List<ConversationListItem> items = overview.conversationsOf(user.personId());
        if (items.isEmpty()) {
            add(new EmptyState(getTranslation("conversations.empty.title"),
                    getTranslation("conversations.empty.text")));
            return;
        }
        Grid<ConversationListItem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(i -> Formats.dateTime(i.startsAt(), getLocale()))
                .setHeader(getTranslation("conversations.column.when")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(i -> {
                    RouterLink link = new RouterLink(getTranslation("kind." + i.kind()) + " · " + i.conceptName(),
                            ConversationView.class,
                            new RouteParameters(ConversationView.ID_PARAMETER, i.id().toString()));
                    link.addClassName("conversation-link");
                    return link;
                }))
                .setHeader(getTranslation("conversations.column.kind")).setAutoWidth(true);
        grid.addColumn(i -> String.join(", ", i.otherParticipants()))
                .setHeader(getTranslation("conversations.column.with")).setFlexGrow(1);
        grid.addColumn(i -> getTranslation("form." + i.form()))
                .setHeader(getTranslation("conversations.column.form")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("status." + i.status()))
                .setHeader(getTranslation("conversations.column.status")).setAutoWidth(true);
        grid.setItems(items);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conversations.page-title");
    }
}
