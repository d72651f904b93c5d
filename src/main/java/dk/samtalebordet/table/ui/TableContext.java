package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.Component;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.TableState;

/**
 * What the widgets of one open table share: who I am, the services to call, and the current state.
 * Widgets never hold domain rules; they call the service through {@link #run} and show its refusals.
 */
final class TableContext extends ConversationContext {

    final LiveTableService table;
    final NoteService notes;
    final AgreementService agreements;
    private TableState state;
    private Long focus;

    TableContext(Component owner, TableState state, LiveTableService table, NoteService notes,
                 AgreementService agreements, PresenceService presence) {
        super(owner, state.conversation(), presence);
        this.table = table;
        this.notes = notes;
        this.agreements = agreements;
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
        super.refresh(fresh.conversation());
        this.state = fresh;
        this.focus = fresh.focusedQuestionId();
    }
}
