package dk.samtalebordet.note.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dk.samtalebordet.shared.ui.Texts;

import java.util.function.Consumer;

/**
 * My save of a note was refused because someone else wrote in it at the same moment: both texts side by side,
 * and the choice of what the note says. While the other person still types, the choice waits for them.
 */
class NoteConflictDialog extends Dialog {

    enum Choice {
        BOTH, MINE, THEIRS
    }

    private final Paragraph intro = new Paragraph();
    private final Paragraph waiting = new Paragraph();
    private final Pre theirText = new Pre();
    private final Pre myText = new Pre();
    private final Button both = new Button();
    private final Button keepMine = new Button();
    private final Button useTheirs = new Button();

    NoteConflictDialog(String perspective, Consumer<Choice> choose) {
        setHeaderTitle(getTranslation("table.conflict.title", perspective));
        addClassName("note-conflict");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        // not modal: Vaadin ignores events from outside a modal dialog, and keystrokes of mine that were on their
        // way when it opened must still reach the field (and this dialog's copy of my text)
        setModal(false);
        setDraggable(true);
        theirText.addClassName("conflict-theirs");
        myText.addClassName("conflict-mine");
        waiting.addClassName("conflict-waiting");
        waiting.getElement().setAttribute("aria-live", "polite");
        add(intro, new Paragraph(getTranslation("table.conflict.theirs")), theirText,
                new Paragraph(getTranslation("table.conflict.mine")), myText, waiting);
        both.setText(getTranslation("table.conflict.both"));
        both.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        both.addClickListener(e -> choose.accept(Choice.BOTH));
        keepMine.setText(getTranslation("table.conflict.keep-mine"));
        keepMine.addClickListener(e -> choose.accept(Choice.MINE));
        useTheirs.setText(getTranslation("table.conflict.use-theirs"));
        useTheirs.addClickListener(e -> choose.accept(Choice.THEIRS));
        getFooter().add(useTheirs, keepMine, both);
    }

    /** The text as stored now, and who stored it. */
    void theirs(String text, String byName) {
        Texts.update(intro, getTranslation("table.conflict.text", byName));
        Texts.update(theirText, text);
    }

    /** My text, which was not saved; kept here and in the field. */
    void mine(String text) {
        Texts.update(myText, text);
    }

    /** Someone typing in the note now (null when nobody does): the choice waits until they stop. */
    void typing(String byName) {
        boolean busy = byName != null;
        Texts.update(waiting, busy ? getTranslation("table.conflict.waiting", byName) : "");
        both.setEnabled(!busy);
        keepMine.setEnabled(!busy);
    }
}
