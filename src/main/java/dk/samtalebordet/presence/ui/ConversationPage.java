package dk.samtalebordet.presence.ui;

import dk.samtalebordet.audit.AuditKind;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvents.ApprovalsWithdrawn;
import dk.samtalebordet.conversation.ConversationEvents.StatusChanged;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.PresenceService.Place;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.LiveAnnouncements;
import dk.samtalebordet.shared.ui.LiveUpdates;

import java.time.Instant;
import java.util.UUID;

/**
 * A page about one conversation at {@code samtale/:conversationId/...}: only its participants open it (anybody
 * else gets the refusal page), it follows the conversation's live events while attached, the person counts as
 * present in the conversation at this page's place while it is open, and it renders anew when navigation shows
 * another conversation (or another person) in the same view.
 */
public abstract class ConversationPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final ConversationAccess access;
    protected final PresenceService presence;
    private final CurrentUser currentUser;
    private final Place place;
    private final LiveUpdates.Following following;
    protected UUID conversationId;
    protected long me;
    protected String title = "";
    private UUID joined;
    private String connectionId;

    protected ConversationPage(ConversationAccess access, PresenceService presence, CurrentUser currentUser,
                               LiveEventBus bus, Place place) {
        this.access = access;
        this.presence = presence;
        this.currentUser = currentUser;
        this.place = place;
        this.following = LiveUpdates.follow(this, bus,
                () -> conversationId == null ? null : LiveEvent.conversation(conversationId), this::receive);
    }

    /** A live event of the conversation, applied under the session lock. */
    protected abstract void onEvent(LiveEvent event);

    /**
     * Says in the live region what another participant's event changed, once the page shows it: here what every
     * conversation page says (the plan locked, the approvals withdrawn, the conversation cancelled); a page adds
     * what it shows besides.
     */
    protected void announce(LiveEvent event) {
        if (event instanceof StatusChanged e && e.status() == ConversationStatus.LOCKED) {
            say(e.by(), "announce.locked");
        } else if (event instanceof StatusChanged e && e.status() == ConversationStatus.CANCELLED) {
            say(e.by(), "announce.cancelled");
        } else if (event instanceof ApprovalsWithdrawn e) {
            say(e.by(), "announce.approvals-withdrawn");
        }
    }

    /** Says a sentence about what {@code by} did, their name first; never one's own change. */
    protected final void say(long by, String key, Object... args) {
        if (by != me) {
            LiveAnnouncements.say(this, getTranslation(key, ConversationContext.withName(access.nameOf(by), args)));
        }
    }

    private void receive(LiveEvent event) {
        onEvent(event);
        announce(event);
    }

    /** Lays out the page for {@link #conversationId} as {@link #me} sees it, from the state stored now. */
    protected abstract void render();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        me = currentUser.require().personId();
        try {
            UUID id = event.getRouteParameters().get("conversationId").map(UUID::fromString)
                    .orElseThrow(ConversationException.NotFound::new);
            ConversationDetails details = access.details(id, me);
            access.recordOpened(id, me, switch (place) {
                case TABLE -> AuditKind.CONVERSATION_OPENED;
                case PLAN -> AuditKind.PLAN_OPENED;
                case PREPARATION -> AuditKind.PREPARATION_OPENED;
            });
            conversationId = id;
            title = getTranslation("kind." + details.kind()) + " · " + details.concept().name();
            if (isAttached()) {
                following.refollow();
                show(event.getUI());
            }
        } catch (ConversationException.NotFound | IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (conversationId != null) {
            following.followNow(attachEvent.getUI()); // before the state is read, so no change is missed
            show(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
        super.onDetach(detachEvent);
    }

    private void show(UI ui) {
        leave();
        connectionId = presence.join(conversationId, me, place,
                () -> Instant.ofEpochMilli(ui.getInternals().getLastHeartbeatTimestamp()));
        joined = conversationId;
        render();
    }

    private void leave() {
        if (connectionId != null) {
            presence.leave(joined, connectionId);
            connectionId = null;
        }
    }
}
