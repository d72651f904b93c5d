package dk.samtalebordet.presence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.conversation.ui.ConversationMessages;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.shared.ui.LiveAnnouncements;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the widgets of one open conversation share: who I am, presence, and the conversation as last read.
 * Widgets never hold domain rules; they call the service through {@link #run} and show its refusals.
 */
public class ConversationContext {

    /** How often typing is sent while it goes on: what a hard crash of the server can take at most. */
    public static final int SEND_INTERVAL_MS = 250;

    public final UUID id;
    public final long me;
    public final PresenceService presence;
    private final Component owner;
    private ConversationDetails details;

    public ConversationContext(Component owner, ConversationDetails details, PresenceService presence) {
        this.owner = owner;
        this.id = details.conversationId();
        this.me = details.me();
        this.presence = presence;
        this.details = details;
    }

    public ConversationDetails details() {
        return details;
    }

    /** The conversation as stored now, for widgets built from here on and for whether it can still change. */
    public void refresh(ConversationDetails fresh) {
        this.details = fresh;
    }

    public ConceptDetails concept() {
        return details.concept();
    }

    public boolean editable() {
        return details.editable();
    }

    public String initials(Long personId) {
        return personId == null ? "" : details.participant(personId).map(ParticipantView::initials).orElse("?");
    }

    public String name(Long personId) {
        return personId == null ? "" : details.participant(personId).map(ParticipantView::fullName).orElse("");
    }

    /**
     * Says in the live region what another participant ({@code by}) just did: the sentence's first argument is
     * their name. One's own changes are not said again.
     */
    public void announce(long by, String key, Object... args) {
        if (by != me) {
            LiveAnnouncements.say(owner, owner.getTranslation(key, withName(name(by), args)));
        }
    }

    /** The name first, then the other arguments of a sentence about what somebody did. */
    public static Object[] withName(String name, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** Runs a change through the service; a refusal is shown to the person in their language. */
    public boolean run(Runnable change) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    public <T> Optional<T> call(Supplier<T> change) {
        try {
            return Optional.ofNullable(change.get());
        } catch (ConversationException e) {
            showError(message(e));
            return Optional.empty();
        }
    }

    public String message(ConversationException e) {
        return ConversationMessages.text(owner, e);
    }

    public void showError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
