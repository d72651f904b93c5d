package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.table.TableModel.QuestionState;
import dk.samtalebordet.shared.ui.Texts;

/**
 * A question piece on the live table: the wording in use (the original one click away), whether it lies on the
 * table, is discussed, or is in focus; and, for the leader, rewording it for this conversation.
 */
class QuestionCard extends Div {

    private final TableContext ctx;
    private final QuestionDetails question;
    private final Paragraph text = new Paragraph();
    /** The concept's own wording, only while the question is reworded: most cards never need it. */
    private Details original;
    private final Span status = new Span();
    private final Button focus = new Button();
    private final Button onTable = new Button();
    private final Button discussed = new Button();
    private final Div actions = new Div();
    /** The reword editor, only while it is open. */
    private Div editor;
    private QuestionState state;

    QuestionCard(TableContext ctx, PerspectiveDetails perspective, QuestionDetails question, int number) {
        this.ctx = ctx;
        this.question = question;
        addClassNames("piece", "question-piece", "live-question");
        setId("question-" + question.id());
        getElement().setAttribute("role", "article");
        getElement().setAttribute("aria-label", getTranslation("piece.question.label", number, perspective.name()));
        getStyle().set("--piece-colour", perspective.colour());

        Span label = new Span(getTranslation("piece.question.label", number, perspective.name()));
        label.addClassName("piece-label");
        text.addClassName("piece-text");
        status.addClassName("question-status");

        focus.addClickListener(e -> ctx.run(() -> ctx.table.focus(ctx.id, ctx.me,
                isFocused() ? null : question.id())));
        onTable.addClickListener(e -> ctx.run(() -> ctx.table.setOnTable(ctx.id, ctx.me, question.id(),
                !state.onTable())));
        discussed.addClickListener(e -> ctx.run(() -> ctx.table.setDiscussed(ctx.id, ctx.me, question.id(),
                !state.discussed())));
        for (Button b : new Button[] {focus, onTable, discussed}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            b.addClassName("piece-button");
        }
        actions.addClassName("piece-actions");
        actions.add(focus, onTable, discussed);
        if (ctx.state().iAmLeader()) {
            Button reword = new Button(getTranslation("table.question.reword"), e -> openEditor());
            reword.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            reword.addClassName("piece-button");
            actions.add(reword);
        }
        add(label, text);
        if (question.workplace()) {
            Span mark = new Span(getTranslation("piece.question.workplace"));
            mark.addClassName("workplace-mark");
            add(mark);
        }
        add(status, actions);
        update(ctx.state().questions().get(question.id()));
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
        Texts.update(text, wording());
        showOriginal(state.wording() != null);
        boolean inFocus = isFocused();
        setClassName("in-focus", inFocus);
        setClassName("on-table", state.onTable());
        setClassName("discussed", state.discussed());
        Texts.update(focus, getTranslation(inFocus ? "table.question.unfocus" : "table.question.focus"));
        focus.getElement().setAttribute("aria-pressed", String.valueOf(inFocus));
        Texts.update(onTable, getTranslation(state.onTable() ? "table.question.off-table" : "table.question.on-table"));
        onTable.getElement().setAttribute("aria-pressed", String.valueOf(state.onTable()));
        Texts.update(discussed, getTranslation(state.discussed() ? "table.question.not-discussed"
                : "table.question.discussed"));
        discussed.getElement().setAttribute("aria-pressed", String.valueOf(state.discussed()));
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
        Texts.update(status, s.toString());
        status.setVisible(!s.isEmpty());
        actions.setVisible(ctx.editable());
    }

    void refreshFocus() {
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

    private void showOriginal(boolean reworded) {
        if (reworded && original == null) {
            original = new Details(getTranslation("table.question.original"), new Paragraph(question.text()));
            original.addClassName("original-wording");
            addComponentAtIndex(indexOf(actions), original);
        } else if (!reworded && original != null) {
            remove(original);
            original = null;
        }
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
