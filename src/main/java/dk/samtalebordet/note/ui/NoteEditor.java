package dk.samtalebordet.note.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.note.NoteModel;
import dk.samtalebordet.note.NoteModel.NoteState;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.BrowserReadOnly;
import dk.samtalebordet.shared.ui.Drafts;
import dk.samtalebordet.shared.ui.RemoteText;
import dk.samtalebordet.shared.ui.Texts;
import dk.samtalebordet.shared.ui.UnsavedText;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared notes of one perspective. While a person types, they hold the field: the others see who is typing
 * and cannot type there. Saves are compare-and-set on the note's version. Nothing typed is ever overwritten
 * unseen, whatever the timing:
 * <ul>
 * <li>a note someone else stored reaches my browser as an offer that the browser takes only if my field still
 * holds what the server last knew of it; keystrokes of mine still on their way keep the field, and my next save
 * then meets the newer version;</li>
 * <li>a save of mine that is refused (someone else saved or holds the field) keeps my text in the field and opens
 * a dialog with both texts; one refused because the plan was locked keeps it below the field, to copy.</li>
 * </ul>
 */
public class NoteEditor extends Div {

    private final ConversationContext ctx;
    private final NoteService notes;
    private final long perspectiveId;
    private final String perspectiveName;
    private final String field;
    private final TextArea area = new TextArea();
    private final Div typing = new Div();
    private final UnsavedText unsaved = new UnsavedText();
    /** The stored version my field is based on, and its text. */
    private long version;
    private String base;
    /** Newer stored notes offered to my browser, not yet known to have been taken there. */
    private final List<NoteState> offered = new ArrayList<>();
    /** Someone else typing in the note now, or null. */
    private Long typist;
    /** Who held the note when my last save was refused for it, or null when it was a newer version. */
    private Long crossedBy;
    private boolean editable;
    /** Open while a refused text of mine waits for my choice; {@link #mine} is that text. */
    private NoteConflictDialog conflict;
    private String mine;

    public NoteEditor(ConversationContext ctx, NoteService notes, long perspectiveId, String perspectiveName,
                      NoteState initial) {
        this.ctx = ctx;
        this.notes = notes;
        this.perspectiveId = perspectiveId;
        this.perspectiveName = perspectiveName;
        this.field = PresenceService.noteField(perspectiveId);
        addClassName("note-editor");
        area.setLabel(getTranslation("table.notes.label", perspectiveName));
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(ConversationContext.SEND_INTERVAL_MS);
        area.setHelperText(getTranslation("table.notes.help", NoteModel.NOTE_MAX));
        Drafts.keep(area, ctx.id + ":" + field);
        unsaved.onDismiss(() -> Drafts.discard(area));
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
        area.addBlurListener(e -> ctx.presence.release(ctx.id, field, ctx.me));
        typing.addClassName("typing-indicator");
        typing.getElement().setAttribute("aria-live", "polite");
        add(area, typing, unsaved);
        version = initial.version();
        base = initial.text();
        area.setValue(base);
        editable = ctx.editable();
        ctx.presence.typing(ctx.id).entrySet().stream().filter(t -> t.getKey().equals(field)).findFirst()
                .ifPresentOrElse(t -> typingChanged(t.getValue()), this::refreshReadOnly);
        Drafts.offer(area, () -> base, draft -> unsaved.show(getTranslation("table.unsaved.draft"), draft));
    }

    public String field() {
        return field;
    }

    TextArea area() {
        return area;
    }

    /** What my browser sent: my typing, or its taking of a note offered to it. */
    private void typed(String text) {
        NoteState taken = offered.stream().filter(n -> n.text().equals(text))
                .max((a, b) -> Long.compare(a.version(), b.version())).orElse(null);
        if (taken != null) {
            advance(taken);
        } else if (conflict != null) {
            mine = text;
            conflict.mine(text);
        } else if (!text.equals(base)) {
            switch (store(text, version)) {
                case CROSSED -> refused(text);
                case LOCKED -> locked(text);
                default -> {
                }
            }
        }
    }

    private enum Outcome {
        SAVED, CROSSED, INVALID, LOCKED, FAILED
    }

    /** Saves the text as a change of the given stored version; only a saved text moves my field's base on. */
    private Outcome store(String text, long from) {
        try {
            ctx.presence.claim(ctx.id, field, ctx.me).ifPresent(other -> {
                crossedBy = other;
                throw new ConversationException.FieldBusy(ctx.name(other));
            });
            crossedBy = null;
            advance(notes.saveNote(ctx.id, ctx.me, perspectiveId, text, from));
            area.setInvalid(false);
            Drafts.saved(area, text);
            return Outcome.SAVED;
        } catch (ConversationException.EditConflict | ConversationException.FieldBusy e) {
            return Outcome.CROSSED;
        } catch (ConversationException.InvalidInput e) {
            area.setErrorMessage(ctx.message(e));
            area.setInvalid(true);
            return Outcome.INVALID;
        } catch (ConversationException.NotEditable e) {
            return Outcome.LOCKED;
        } catch (ConversationException e) {
            area.setErrorMessage(ctx.message(e)); // told at the text, which stays
            area.setInvalid(true);
            return Outcome.FAILED;
        }
    }

    private void advance(NoteState note) {
        if (note.version() > version) {
            version = note.version();
            base = note.text();
        }
        offered.removeIf(n -> n.version() <= version);
    }

    /** The stored version this editor's text is based on: an event of it or older needs no new read. */
    public long shownVersion() {
        return version;
    }

    /** A note stored by someone else (or by me, through another tab). */
    public void remoteUpdate(NoteState note) {
        if (note.version() <= version) {
            return;
        }
        if (conflict != null) {
            conflict.theirs(note.text(), ctx.name(note.updatedBy()));
            return;
        }
        if (note.text().equals(base) && area.getValue().equals(base)) {
            advance(note); // the same text, stored anew: nothing to take
            return;
        }
        // what the browser may show without anything unsent in it: the stored text my field is based on, and the
        // offers before this one; never a text of mine the server refused (too long, say)
        List<String> shownBefore = new ArrayList<>(List.of(base));
        offered.forEach(n -> shownBefore.add(n.text()));
        offered.add(note);
        RemoteText.offer(area, shownBefore, note.text());
    }

    public void typingChanged(Long personId) {
        typist = personId != null && personId != ctx.me ? personId : null;
        Texts.update(typing, typist != null ? getTranslation("table.typing", ctx.name(typist)) : "");
        setClassName("held", typist != null);
        if (conflict != null) {
            conflict.typing(typist == null ? null : ctx.name(typist));
        }
        refreshReadOnly();
    }

    /** The conversation can (no longer) change; a refused text stays where it was written. */
    public void setEditable(boolean editable) {
        this.editable = editable;
        if (!editable && conflict != null) {
            String text = mine;
            closeConflict();
            locked(text);
        }
        refreshReadOnly();
    }

    /** Read-only while someone else holds the note or the plan is locked, in the browser only (see there). */
    private void refreshReadOnly() {
        BrowserReadOnly.set(area, typist != null || !editable);
    }

    /** My save crossed someone else's: my text stays in my field, and I choose what the note says. */
    private void refused(String text) {
        mine = text;
        conflict = new NoteConflictDialog(perspectiveName, this::resolve);
        conflict.mine(text);
        NoteState stored = stored();
        conflict.theirs(stored.text(), ctx.name(crossedBy != null ? crossedBy : stored.updatedBy()));
        conflict.typing(typist == null ? null : ctx.name(typist));
        add(conflict); // belongs to this note: it goes when the note does
        conflict.open();
    }

    private void resolve(NoteConflictDialog.Choice choice) {
        NoteState current = stored();
        if (choice == NoteConflictDialog.Choice.THEIRS) {
            advance(current);
            closeConflict();
            area.setValue(current.text());
            Drafts.discard(area); // my text was let go on purpose
            return;
        }
        String text = choice == NoteConflictDialog.Choice.MINE || current.text().isEmpty() ? mine
                : current.text() + "\n\n" + mine;
        switch (store(text, current.version())) {
            case SAVED -> {
                closeConflict();
                area.setValue(text);
                Drafts.discard(area); // stored, merged or as mine
            }
            case LOCKED -> {
                String refused = mine;
                closeConflict();
                locked(refused);
            }
            case INVALID -> {
                advance(current); // the merged text is based on what is stored now
                closeConflict();
                area.setValue(text);
            }
            default -> conflict.theirs(current.text(), ctx.name(current.updatedBy()));
        }
    }

    private void closeConflict() {
        conflict.close();
        remove(conflict);
        conflict = null;
        mine = null;
    }

    /**
     * The plan was locked before my text was saved: it stays below the field, to copy, and the field shows the note
     * as it is locked in the plan.
     */
    private void locked(String text) {
        unsaved.show(getTranslation("table.unsaved.locked"), text);
        NoteState lockedNote = stored();
        advance(lockedNote);
        area.setValue(lockedNote.text());
        editable = false;
        refreshReadOnly();
    }

    /** Something of mine here is not saved yet: a refused text, a choice to make, or text shown to copy. */
    public boolean unfinished() {
        return conflict != null || unsaved.isVisible() || !area.getValue().equals(base);
    }

    private NoteState stored() {
        return notes.note(ctx.id, ctx.me, perspectiveId);
    }
}
