package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.LiveTableService;
import dk.samtalebordet.conversation.TableModel.TableState;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.LiveEventBus;
import dk.samtalebordet.shared.ui.LiveUpdates;

import java.util.UUID;

/**
 * A page about one conversation at {@code samtale/:conversationId/...}: only its participants open it (anybody
 * else gets the refusal page), it follows the conversation's live events while attached, and it renders anew
 * when navigation shows another conversation (or another person) in the same view.
 */
public abstract class ConversationPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final LiveTableService table;
    private final CurrentUser currentUser;
    private final LiveUpdates.Following following;
    protected UUID conversationId;
    protected long me;
    protected String title = "";

    protected ConversationPage(LiveTableService table, CurrentUser currentUser, LiveEventBus bus) {
        this.table = table;
        this.currentUser = currentUser;
        this.following = LiveUpdates.follow(this, bus, () -> conversationId, this::onEvent);
    }

    /** A live event of the conversation, applied under the session lock. */
    protected abstract void onEvent(Object event);

    /** Lays out the page for {@link #conversationId} as {@link #me} sees it. */
    protected abstract void render();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require().personId();
        try {
            UUID id = event.getRouteParameters().get("conversationId").map(UUID::fromString)
                    .orElseThrow(ConversationException.NotFound::new);
            TableState state = table.state(id, me);
            conversationId = id;
            title = getTranslation("kind." + state.kind()) + " · " + state.concept().name();
            if (isAttached()) {
                following.refollow();
                render();
            }
        } catch (ConversationException.NotFound | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (conversationId != null) {
            render();
        }
    }
}
