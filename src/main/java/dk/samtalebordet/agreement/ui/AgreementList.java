package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.Markup;
import elemental.json.JsonObject;
import elemental.json.JsonString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The agreement rows (Aftaler) of one perspective, or of the conversation as a whole: what, who, when, who is
 * responsible, and when it is followed up. Rows are added, edited and removed live by any participant.
 */
public class AgreementList extends Div {

    /** In the browser: the row's button a click came from, if any (its data-agreement-action, AgreementRow). */
    private static final String PRESSED = "event.target.closest('button[data-agreement-action]')";
    /** What the browser sends with a press on a row's button: which button, and which row. */
    public static final String PRESSED_ACTION = PRESSED + ".dataset.agreementAction";
    public static final String PRESSED_ROW = PRESSED + ".dataset.agreement";
    /** The browser sends a press only on a row's button: true in what it sends. */
    public static final String PRESSED_FILTER = "!!" + PRESSED;

    private final ConversationContext ctx;
    private final AgreementService agreements;
    private final Long perspectiveId;
    private final Div rows = new Div();
    private final Button add = new Button();
    private final Html empty;
    private final Map<UUID, AgreementRow> byId = new LinkedHashMap<>();
    /** The form for a new or an edited row: built when first opened, then kept, hidden, for the next one. */
    private AgreementForm form;
    /** What the form is open for, or null while it is closed. */
    private Editing editing;

    /** The row being edited, or null for a new row. */
    private record Editing(AgreementView existing) {
        /** The presence field an edit holds; a new row holds none. */
        String field() {
            return existing == null ? null : PresenceService.agreementField(existing.id());
        }
    }

    public AgreementList(ConversationContext ctx, AgreementService agreements, Long perspectiveId, String scope,
                         String prompts, List<AgreementView> initial) {
        this.ctx = ctx;
        this.agreements = agreements;
        this.perspectiveId = perspectiveId;
        addClassName("agreement-list");
        Html hint = Markup.text("p", "agreement-hint", prompts);
        rows.addClassName("agreement-rows");
        rows.getElement().setAttribute("role", "list");
        empty = Markup.text("p", "muted", getTranslation("table.agreements.none"));
        add.setText(getTranslation("table.agreements.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("add-agreement");
        add.getElement().setAttribute("aria-label", getTranslation("table.agreements.add-to", scope));
        add.addClickListener(e -> openForm(null));
        add(hint, empty, rows, add);
        rows.getElement().addEventListener("click", e -> pressed(text(e.getEventData(), PRESSED_ACTION),
                        text(e.getEventData(), PRESSED_ROW)))
                .setFilter(PRESSED_FILTER).addEventData(PRESSED_ACTION).addEventData(PRESSED_ROW);
        initial.stream().filter(a -> Objects.equals(a.perspectiveId(), perspectiveId)).forEach(this::upsert);
        setEditable(ctx.editable());
    }

    public boolean accepts(AgreementView agreement) {
        return Objects.equals(agreement.perspectiveId(), perspectiveId);
    }

    public void upsert(AgreementView agreement) {
        AgreementRow row = byId.get(agreement.id());
        if (row == null) {
            row = new AgreementRow(this, getLocale(), ctx, agreement);
            byId.put(agreement.id(), row);
            rows.add(row.view);
        } else {
            row.show(agreement);
        }
        empty.setVisible(byId.isEmpty());
    }

    /** The agreement as this list shows it now, if it is one of its rows. */
    public java.util.Optional<AgreementView> shown(UUID id) {
        return java.util.Optional.ofNullable(byId.get(id)).map(AgreementRow::agreement);
    }

    /** Takes away every row that is no longer stored: after events may have been missed. */
    public void keepOnly(java.util.Set<UUID> stored) {
        List.copyOf(byId.keySet()).stream().filter(id -> !stored.contains(id)).forEach(this::remove);
    }

    public void remove(UUID id) {
        AgreementRow row = byId.remove(id);
        if (row != null) {
            rows.remove(row.view);
        }
        empty.setVisible(byId.isEmpty());
    }

    public void typingChanged(String field, Long personId) {
        byId.values().forEach(r -> {
            if (PresenceService.agreementField(r.agreement().id()).equals(field)) {
                r.heldBy(personId);
            }
        });
    }

    /** An agreement is being written here and is not saved yet. */
    public boolean unfinished() {
        return editing != null;
    }

    /** The conversation can (no longer) change; an agreement being written when it locked stays, to copy. */
    public void setEditable(boolean editable) {
        add.setVisible(editable && editing == null);
        byId.values().forEach(AgreementRow::redraw);
        if (!editable && editing != null) {
            form.lockedOut(getTranslation("table.unsaved.agreement-locked"));
        }
    }

    /** Opens the form for a new row ({@code existing} null) or for editing one; one form at a time. */
    void openForm(AgreementView existing) {
        if (editing != null) {
            form.showError(null, getTranslation("table.agreements.one-at-a-time"));
            return;
        }
        Editing opening = new Editing(existing);
        String field = opening.field();
        if (field != null) {
            var other = ctx.presence.claim(ctx.id, field, ctx.me);
            if (other.isPresent()) {
                ctx.showError(getTranslation("conversation.error.field-busy", ctx.name(other.get())));
                return;
            }
        }
        editing = opening;
        form().open(existing == null ? null : existing.fields());
        add.setVisible(false);
        form.focus();
    }

    /** The form, built and placed between the rows and the add button when it is first needed. */
    private AgreementForm form() {
        if (form == null) {
            form = new AgreementForm(ctx);
            form.onKeystroke(() -> { // a hidden form sends nothing: a keystroke comes while it is open
                String field = editing.field();
                if (field != null) {
                    ctx.presence.claim(ctx.id, field, ctx.me);
                }
            });
            form.onCancel(this::closeForm);
            form.onSave(this::save);
            addComponentAtIndex(indexOf(add), form);
        }
        return form;
    }

    private void save(AgreementFields fields) {
        AgreementView existing = editing.existing(); // a hidden form's buttons are inert: it is open
        try {
            upsert(existing == null ? agreements.addAgreement(ctx.id, ctx.me, perspectiveId, fields)
                    : agreements.updateAgreement(ctx.id, ctx.me, existing.id(), fields, existing.version()));
            closeForm();
        } catch (ConversationException.InvalidInput e) {
            form.showError(e.field(), ctx.message(e));
        } catch (ConversationException.NotEditable e) {
            form.lockedOut(getTranslation("table.unsaved.agreement-locked"));
        } catch (ConversationException e) {
            form.showError(null, ctx.message(e));
        }
    }

    /** Hides the form, lets go of the row it edited, and puts the keyboard on the add button where it was. */
    private void closeForm() {
        String field = editing.field();
        editing = null;
        form.close();
        add.setVisible(ctx.editable());
        if (field != null) {
            ctx.presence.release(ctx.id, field, ctx.me);
        }
        if (add.isVisible()) {
            add.focus();
        }
    }

    /** A press on a row's button: found by its data, and refused when the row is gone or held by another. */
    private void pressed(String action, String agreementId) {
        if (action == null || agreementId == null) {
            return;
        }
        AgreementRow row;
        try {
            row = byId.get(UUID.fromString(agreementId));
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        if (row == null || !ctx.editable() || row.heldByOther()) {
            return;
        }
        if (AgreementRow.EDIT.equals(action)) {
            openForm(row.agreement());
        } else if (AgreementRow.DELETE.equals(action)) {
            ctx.run(() -> agreements.removeAgreement(ctx.id, ctx.me, row.agreement().id()));
        }
    }

    /** A text the browser sent, or null for anything else (a press sent by hand may send anything). */
    private static String text(JsonObject data, String key) {
        return data.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
