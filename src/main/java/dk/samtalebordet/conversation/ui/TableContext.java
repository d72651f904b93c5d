package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.LiveTableService;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.conversation.TableModel.ParticipantView;
import dk.samtalebordet.conversation.TableModel.TableState;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the widgets of one open conversation share: who I am, the services to call, and the current state.
 * Widgets never hold domain rules; they call the service through {@link #run} and show its refusals.
 */
final class TableContext {

    final UUID id;
    final long me;
    final LiveTableService table;
    final PresenceService presence;
    private final Component owner;
    private TableState state;
    private Long focus;

    TableContext(Component owner, TableState state, LiveTableService table, PresenceService presence) {
        this.owner = owner;
        this.id = state.conversationId();
        this.me = state.me();
        this.table = table;
        this.presence = presence;
        this.state = state;
        this.focus = state.focusedQuestionId();
    }

    /** The question in focus for everybody, or null. */
    Long focus() {
        return focus;
    }

    void focus(Long questionId) {
        this.focus = questionId;
    }

    TableState state() {
        return state;
    }

    /** The state as stored now, for widgets built from here on and for whether the table can still change. */
    void refresh(TableState fresh) {
        this.state = fresh;
        this.focus = fresh.focusedQuestionId();
    }

    ConceptDetails concept() {
        return state.concept();
    }

    boolean editable() {
        return state.editable();
    }

    String initials(Long personId) {
        return personId == null ? "" : state.participant(personId).map(ParticipantView::initials).orElse("?");
    }

    String name(Long personId) {
        return personId == null ? "" : state.participant(personId).map(ParticipantView::fullName).orElse("");
    }

    /** Runs a change through the service; a refusal is shown to the person in their language. */
    boolean run(Runnable change) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    <T> Optional<T> call(Supplier<T> change) {
        try {
            return Optional.ofNullable(change.get());
        } catch (ConversationException e) {
            showError(message(e));
            return Optional.empty();
        }
    }

    String message(ConversationException e) {
        return ConversationMessages.text(owner, e);
    }

    void showError(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
