package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.LiveMarkup;
import dk.samtalebordet.shared.ui.Markup;
import dk.samtalebordet.shared.ui.Texts;
import org.jsoup.nodes.Element;

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

    private final ConversationContext ctx;
    private final AgreementService agreements;
    private final Long perspectiveId;
    private final Div rows = new Div();
    private final Button add = new Button();
    private final Html empty;
    private final Map<UUID, Row> byId = new LinkedHashMap<>();
    /** The form for a new or edited row, while it is open. */
    private AgreementForm openForm;

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
        initial.stream().filter(a -> Objects.equals(a.perspectiveId(), perspectiveId)).forEach(this::upsert);
        setEditable(ctx.editable());
    }

    public boolean accepts(AgreementView agreement) {
        return Objects.equals(agreement.perspectiveId(), perspectiveId);
    }

    public void upsert(AgreementView agreement) {
        Row row = byId.get(agreement.id());
        if (row == null) {
            row = new Row(agreement);
            byId.put(agreement.id(), row);
            rows.add(row);
        } else {
            row.show(agreement);
        }
        empty.setVisible(byId.isEmpty());
    }

    /** The agreement as this list shows it now, if it is one of its rows. */
    public java.util.Optional<AgreementView> shown(UUID id) {
        return java.util.Optional.ofNullable(byId.get(id)).map(row -> row.agreement);
    }

    /** Takes away every row that is no longer stored: after events may have been missed. */
    public void keepOnly(java.util.Set<UUID> stored) {
        List.copyOf(byId.keySet()).stream().filter(id -> !stored.contains(id)).forEach(this::remove);
    }

    public void remove(UUID id) {
        Row row = byId.remove(id);
        if (row != null) {
            rows.remove(row);
        }
        empty.setVisible(byId.isEmpty());
    }

    public void typingChanged(String field, Long personId) {
        byId.values().forEach(r -> {
            if (PresenceService.agreementField(r.agreement.id()).equals(field)) {
                r.heldBy(personId);
            }
        });
    }

    /** An agreement is being written here and is not saved yet. */
    public boolean unfinished() {
        return openForm != null;
    }

    /** The conversation can (no longer) change; an agreement being written when it locked stays, to copy. */
    public void setEditable(boolean editable) {
        add.setVisible(editable && openForm == null);
        byId.values().forEach(r -> r.actions.setVisible(editable));
        if (!editable && openForm != null) {
            openForm.lockedOut(getTranslation("table.unsaved.agreement-locked"));
        }
    }

    /** Opens the form for a new row ({@code existing} null) or for editing one; one form at a time. */
    void openForm(AgreementView existing) {
        if (openForm != null) {
            openForm.showError(null, getTranslation("table.agreements.one-at-a-time"));
            return;
        }
        String field = existing == null ? null : PresenceService.agreementField(existing.id());
        if (field != null) {
            var other = ctx.presence.claim(ctx.id, field, ctx.me);
            if (other.isPresent()) {
                ctx.showError(getTranslation("conversation.error.field-busy", ctx.name(other.get())));
                return;
            }
        }

        AgreementForm form = new AgreementForm(ctx, existing == null ? null : existing.fields());
        openForm = form;
        form.onKeystroke(() -> {
            if (field != null) {
                ctx.presence.claim(ctx.id, field, ctx.me);
            }
        });
        form.onCancel(() -> {
            remove(form);
            openForm = null;
            add.setVisible(ctx.editable());
            if (field != null) {
                ctx.presence.release(ctx.id, field, ctx.me);
            }
        });
        form.onSave(fields -> {
            try {
                if (existing == null) {
                    upsert(agreements.addAgreement(ctx.id, ctx.me, perspectiveId, fields));
                } else {
                    upsert(agreements.updateAgreement(ctx.id, ctx.me, existing.id(), fields, existing.version()));
                    ctx.presence.release(ctx.id, field, ctx.me);
                }
                remove(form);
                openForm = null;
                add.setVisible(true);
            } catch (ConversationException.InvalidInput e) {
                form.showError(e.field(), ctx.message(e));
            } catch (ConversationException.NotEditable e) {
                form.lockedOut(getTranslation("table.unsaved.agreement-locked"));
            } catch (ConversationException e) {
                form.showError(null, ctx.message(e));
            }
        });
        add.setVisible(false);
        addComponentAtIndex(indexOf(add), form); // between the rows and the add button
        form.focus();
    }

    /** One agreement row: what was agreed and its details as markup, the buttons as components. */
    private final class Row extends Div {
        private AgreementView agreement;
        private final LiveMarkup what = new LiveMarkup(Markup.element("span"));
        private final LiveMarkup details = new LiveMarkup(Markup.element("div"));
        private final Div held = new Div();
        private final Div actions = new Div();

        Row(AgreementView agreement) {
            addClassName("agreement-row");
            getElement().setAttribute("role", "listitem");
            held.addClassName("typing-indicator");
            Button edit = new Button(getTranslation("action.edit"), e -> openForm(this.agreement));
            Button delete = new Button(getTranslation("action.delete"),
                    e -> ctx.run(() -> agreements.removeAgreement(ctx.id, ctx.me, this.agreement.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.addClassName("agreement-actions");
            actions.add(edit, delete);
            add(what, details, held, actions);
            show(agreement);
        }

        void show(AgreementView a) {
            this.agreement = a;
            what.show(Markup.element("span").addClass("agreement-what").text(a.fields().what()));
            Element shown = Markup.element("div").addClass("agreement-details");
            detail(shown, "table.agreement.who", a.fields().who());
            detail(shown, "table.agreement.when", a.fields().when());
            detail(shown, "table.agreement.responsible", a.fields().responsible());
            String followUp = (a.fields().followUpDate() == null ? ""
                    : Formats.shortDate(a.fields().followUpDate(), getLocale()))
                    + (a.fields().followUpDate() != null && !a.fields().followUp().isEmpty() ? " – " : "")
                    + a.fields().followUp();
            detail(shown, "table.agreement.follow-up", followUp);
            detail(shown, "table.agreement.value", a.fields().value());
            if (ctx.details().kind() == ConversationKind.GRUS) {
                detail(shown, "table.agreement.for", a.fields().forPersonId() == null
                        ? getTranslation("table.agreement.for-group") : ctx.name(a.fields().forPersonId()));
            }
            details.show(shown);
        }

        private void detail(Element shown, String key, String value) {
            if (!value.isEmpty()) {
                Element item = shown.appendElement("span").addClass("agreement-detail");
                item.appendElement("span").addClass("detail-label").text(getTranslation(key) + ": ");
                item.appendElement("span").text(value);
            }
        }

        void heldBy(Long personId) {
            boolean other = personId != null && personId != ctx.me;
            Texts.update(held, other ? getTranslation("table.editing", ctx.name(personId)) : "");
            actions.setEnabled(!other);
        }
    }
}
