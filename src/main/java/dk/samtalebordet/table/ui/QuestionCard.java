package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.table.TableModel.QuestionState;

/**
 * A question piece on the live table: the wording in use (the original one click away), whether it lies on the
 * table, is discussed, or is in focus; and, for the leader, rewording it for this conversation.
 */
class QuestionCard extends Div {

    private final TableContext ctx;
    private final QuestionDetails question;
    private final String label;
    private final QuestionFace face = new QuestionFace(this::pressed);
    /** The reword editor, only while it is open. */
    private Div editor;
    private QuestionState state;
    /** Whether the card was last drawn in focus: a focus change redraws only the two cards it moved between. */
    private boolean drawnInFocus;

    QuestionCard(TableContext ctx, PerspectiveDetails perspective, QuestionDetails question, int number) {
        this.ctx = ctx;
        this.question = question;
        this.label = getTranslation("piece.question.label", number, perspective.name());
        addClassNames("piece", "question-piece", "live-question");
        setId("question-" + question.id());
        getElement().setAttribute("role", "article");
        getElement().setAttribute("aria-label", label);
        getStyle().set("--piece-colour", perspective.colour());
        add(face);
        update(ctx.state().questions().get(question.id()));
    }

    private void pressed(QuestionFace.Action action) {
        switch (action) {
            case FOCUS -> ctx.run(() -> ctx.table.focus(ctx.id, ctx.me, isFocused() ? null : question.id()));
            case TABLE -> ctx.run(() -> ctx.table.setOnTable(ctx.id, ctx.me, question.id(), !state.onTable()));
            case DISCUSSED -> ctx.run(() -> ctx.table.setDiscussed(ctx.id, ctx.me, question.id(),
                    !state.discussed()));
            case REWORD -> openEditor();
        }
    }

    long questionId() {
        return question.id();
    }

    boolean isFocused() {
        Long focused = ctx.focus();
        return focused != null && focused == question.id();
    }

    /** The wording everybody sees right now. */
    String wording() {
        return state.wording() == null ? question.text() : state.wording();
    }

    void update(QuestionState newState) {
        this.state = newState;
        boolean inFocus = isFocused();
        drawnInFocus = inFocus;
        setClassName("in-focus", inFocus);
        setClassName("on-table", state.onTable());
        setClassName("discussed", state.discussed());
        QuestionFace.Model model = face.model(label, wording());
        if (question.workplace()) {
            model.mark(getTranslation("piece.question.workplace"));
        }
        if (state.wording() != null) {
            model.original(getTranslation("table.question.original"), question.text());
        }
        StringBuilder s = new StringBuilder();
        if (inFocus) {
            s.append(getTranslation("table.question.status.focus"));
        }
        if (state.discussed()) {
            s.append(s.isEmpty() ? "" : " · ").append(getTranslation("table.question.status.discussed"));
        } else if (state.onTable()) {
            s.append(s.isEmpty() ? "" : " · ").append(getTranslation("table.question.status.on-table"));
        }
        if (state.wording() != null) {
            s.append(s.isEmpty() ? "" : " · ")
                    .append(getTranslation("table.question.status.reworded", ctx.initials(state.rewordedBy())));
        }
        model.status(s.toString());
        if (ctx.editable()) {
            model.action(QuestionFace.Action.FOCUS,
                            getTranslation(inFocus ? "table.question.unfocus" : "table.question.focus"), inFocus)
                    .action(QuestionFace.Action.TABLE, getTranslation(state.onTable()
                            ? "table.question.off-table" : "table.question.on-table"), state.onTable())
                    .action(QuestionFace.Action.DISCUSSED, getTranslation(state.discussed()
                            ? "table.question.not-discussed" : "table.question.discussed"), state.discussed());
            if (ctx.state().iAmLeader()) {
                model.action(QuestionFace.Action.REWORD, getTranslation("table.question.reword"), null);
            }
        }
        model.show();
    }

    /** Draws the card again if the focus moved to it or away from it. */
    void refreshFocus() {
        if (isFocused() != drawnInFocus) {
            update(state);
        }
    }

    /** Draws the card again, as when the conversation can no longer change. */
    void refresh() {
        update(state);
    }

    /** The reword editor is open: a wording being written here is not saved yet. */
    boolean unfinished() {
        return editor != null;
    }

    /** Scrolls the card fully into view below whatever sticks to the top of the page (the focus banner). */
    void scrollBelowBanner() {
        getElement().executeJs("window.Samtalebordet && window.Samtalebordet.scrollBelowSticky(this)");
    }

    private void closeEditor() {
        if (editor != null) {
            remove(editor);
            editor = null;
        }
    }

    private void openEditor() {
        closeEditor();
        editor = new Div();
        editor.addClassName("reword-editor");
        add(editor);
        TextArea area = new TextArea(getTranslation("table.question.reword.label"));
        area.setValue(wording());
        area.setWidthFull();
        area.setHelperText(getTranslation("table.question.reword.help"));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ctx.table.reword(ctx.id, ctx.me, question.id(), area.getValue());
                closeEditor();
            } catch (ConversationException refused) {
                // told at the text, which stays to copy or correct
                area.setErrorMessage(ctx.message(refused));
                area.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button restore = new Button(getTranslation("table.question.reword.restore"), e -> {
            if (ctx.run(() -> ctx.table.reword(ctx.id, ctx.me, question.id(), ""))) {
                closeEditor();
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> closeEditor());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, restore, cancel);
        buttons.addClassName("editor-buttons");
        editor.add(area, buttons);
        area.focus();
    }
}
