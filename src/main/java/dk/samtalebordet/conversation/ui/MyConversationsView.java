package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.conversation.ConversationListItem;
import dk.samtalebordet.conversation.ConversationOverviewService;
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

    public MyConversationsView(ConversationOverviewService overview, CurrentUser currentUser) {
        addClassName("page");
        var user = currentUser.require();
        add(new ViewHeader(getTranslation("conversations.title"),
                getTranslation("conversations.greeting", user.fullName())));

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
        grid.addColumn(i -> getTranslation("kind." + i.kind()))
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
