package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.conversation.ConversationListItem;
import dk.samtalebordet.conversation.ConversationOverviewService;
import dk.samtalebordet.conversation.ReminderService;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.EmptyState;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The front page: the signed-in person's conversations. */
@Route("")
@Menu(title = "nav.my-conversations", order = 1, icon = "vaadin:comments-o")
@PermitAll
public class MyConversationsView extends Main implements HasDynamicTitle {

    public MyConversationsView(ConversationOverviewService overview, ReminderService reminders,
                               CurrentUser currentUser) {
        addClassName("page");
        var user = currentUser.require();
        add(new ViewHeader(getTranslation("conversations.title"),
                getTranslation("conversations.greeting", user.fullName())));
        var unread = reminders.unread(user.personId());
        if (!unread.isEmpty()) {
            Div list = new Div();
            list.addClassName("reminders");
            list.getElement().setAttribute("role", "region");
            list.getElement().setAttribute("aria-label", getTranslation("reminders.title"));
            for (var reminder : unread) {
                Div row = new Div();
                row.addClassName("reminder");
                Anchor open = new Anchor(reminder.link(), reminder.message());
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
