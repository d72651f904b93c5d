package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.conversation.TableModel;
import dk.samtalebordet.conversation.TableModel.NoteState;
import dk.samtalebordet.shared.ui.Texts;

/**
 * The shared notes of one perspective. While a person types, they hold the field: the others see who is typing
 * and cannot type there. Saves are compare-and-set on the note's version; should two saves still cross, the
 * later one is refused, and its author keeps their text and chooses what to do with it. Nothing is lost unseen.
 */
class NoteEditor extends Div {

    private final TableContext ctx;
    private final long perspectiveId;
    private final String field;
    private final TextArea area = new TextArea();
    private final Div typing = new Div();
    private long version;
    private String saved;

    NoteEditor(TableContext ctx, long perspectiveId, String perspectiveName) {
        this.ctx = ctx;
        this.perspectiveId = perspectiveId;
        this.field = PresenceService.noteField(perspectiveId);
        addClassName("note-editor");
        area.setLabel(getTranslation("table.notes.label", perspectiveName));
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(700);
        area.setHelperText(getTranslation("table.notes.help", TableModel.NOTE_MAX));
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(e.getValue());
            }
        });
        area.addBlurListener(e -> ctx.presence.release(ctx.id, field, ctx.me));
        typing.addClassName("typing-indicator");
        typing.getElement().setAttribute("aria-live", "polite");
        add(area, typing);
        NoteState note = ctx.state().notes().get(perspectiveId);
        remoteUpdate(note);
        ctx.presence.typing(ctx.id).entrySet().stream().filter(t -> t.getKey().equals(field)).findFirst()
                .ifPresent(t -> typingChanged(t.getValue()));
        area.setReadOnly(!ctx.editable());
    }

    String field() {
        return field;
    }

    TextArea area() {
        return area;
    }

    private void save(String text) {
        if (text.equals(saved)) {
            return;
        }
        try {
            ctx.presence.claim(ctx.id, field, ctx.me).ifPresent(other -> {
                throw new ConversationException.FieldBusy(ctx.name(other));
            });
            NoteState note = ctx.table.saveNote(ctx.id, ctx.me, perspectiveId, text, version);
            version = note.version();
            saved = note.text();
            area.setInvalid(false);
        } catch (ConversationException.EditConflict e) {
            resolveConflict(text);
        } catch (ConversationException.InvalidInput e) {
            area.setErrorMessage(ctx.message(e));
            area.setInvalid(true);
        } catch (ConversationException e) {
            ctx.showError(ctx.message(e));
        }
    }

    /** A note saved by someone else (or by me, through another tab). */
    void remoteUpdate(NoteState note) {
        if (version != 0 && note.version() <= version) {
            return;
        }
        boolean unsavedTextOfMine = saved != null && !area.getValue().equals(saved);
        if (unsavedTextOfMine) {
            return; // my next save meets the newer version, and I choose what to keep
        }
        version = note.version();
        saved = note.text();
        area.setValue(note.text());
    }

    void typingChanged(Long personId) {
        boolean someoneElse = personId != null && personId != ctx.me;
        area.setReadOnly(someoneElse || !ctx.editable());
        Texts.update(typing, someoneElse ? getTranslation("table.typing", ctx.name(personId)) : "");
        setClassName("held", someoneElse);
    }

    void setEditable(boolean editable) {
        area.setReadOnly(!editable);
    }

    /** My save crossed someone else's: keep my text, show theirs, and let me choose. */
    private void resolveConflict(String mine) {
        NoteState current = ctx.table.state(ctx.id, ctx.me).notes().get(perspectiveId);
        String theirs = current.text();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("table.conflict.title"));
        Pre theirText = new Pre(theirs);
        Pre myText = new Pre(mine);
        dialog.add(new Paragraph(getTranslation("table.conflict.text", ctx.name(current.updatedBy()))),
                new Paragraph(getTranslation("table.conflict.theirs")), theirText,
                new Paragraph(getTranslation("table.conflict.mine")), myText);
        Button both = new Button(getTranslation("table.conflict.both"), e -> {
            dialog.close();
            version = current.version();
            saved = current.text();
            String merged = theirs.isEmpty() ? mine : theirs + "\n\n" + mine;
            area.setValue(merged);
            save(merged);
        });
        both.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keepMine = new Button(getTranslation("table.conflict.keep-mine"), e -> {
            dialog.close();
            version = current.version();
            saved = current.text();
            save(mine);
        });
        Button useTheirs = new Button(getTranslation("table.conflict.use-theirs"), e -> {
            dialog.close();
            version = current.version();
            saved = current.text();
            area.setValue(theirs);
        });
        dialog.getFooter().add(useTheirs, keepMine, both);
        dialog.open();
    }
}
