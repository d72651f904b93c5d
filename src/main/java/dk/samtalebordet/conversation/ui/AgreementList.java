package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.conversation.TableModel.AgreementFields;
import dk.samtalebordet.conversation.TableModel.AgreementView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The agreement rows (Aftaler) of one perspective, or of the conversation as a whole: what, who, when, who is
 * responsible, and when it is followed up. Rows are added, edited and removed live by any participant.
 */
class AgreementList extends Div {

    private final TableContext ctx;
    private final Long perspectiveId;
    private final Div rows = new Div();
    private final Div formSlot = new Div();
    private final Button add = new Button();
    private final Paragraph empty = new Paragraph();
    private final Map<UUID, Row> byId = new LinkedHashMap<>();

    AgreementList(TableContext ctx, Long perspectiveId, String prompts) {
        this.ctx = ctx;
        this.perspectiveId = perspectiveId;
        addClassName("agreement-list");
        Paragraph hint = new Paragraph(prompts);
        hint.addClassName("agreement-hint");
        rows.addClassName("agreement-rows");
        rows.getElement().setAttribute("role", "list");
        empty.setText(getTranslation("table.agreements.none"));
        empty.addClassName("muted");
        add.setText(getTranslation("table.agreements.add"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("add-agreement");
        add.addClickListener(e -> openForm(null));
        add(hint, empty, rows, formSlot, add);
        ctx.state().agreements().stream().filter(a -> Objects.equals(a.perspectiveId(), perspectiveId))
                .forEach(this::upsert);
        setEditable(ctx.editable());
    }

    boolean accepts(AgreementView agreement) {
        return Objects.equals(agreement.perspectiveId(), perspectiveId);
    }

    void upsert(AgreementView agreement) {
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

    void remove(UUID id) {
        Row row = byId.remove(id);
        if (row != null) {
            rows.remove(row);
        }
        empty.setVisible(byId.isEmpty());
    }

    void typingChanged(String field, Long personId) {
        byId.values().forEach(r -> {
            if (PresenceService.agreementField(r.agreement.id()).equals(field)) {
                r.heldBy(personId);
            }
        });
    }

    void setEditable(boolean editable) {
        add.setVisible(editable);
        byId.values().forEach(r -> r.actions.setVisible(editable));
        if (!editable) {
            formSlot.removeAll();
        }
    }

    /** Opens the form for a new row ({@code existing} null) or for editing one. */
    void openForm(AgreementView existing) {
        formSlot.removeAll();
        String field = existing == null ? null : PresenceService.agreementField(existing.id());
        if (field != null) {
            var other = ctx.presence.claim(ctx.id, field, ctx.me);
            if (other.isPresent()) {
                ctx.showError(getTranslation("conversation.error.field-busy", ctx.name(other.get())));
                return;
            }
        }
        AgreementForm form = new AgreementForm(existing == null ? null : existing.fields());
        form.onKeystroke(() -> {
            if (field != null) {
                ctx.presence.claim(ctx.id, field, ctx.me);
            }
        });
        form.onCancel(() -> {
            formSlot.removeAll();
            add.setVisible(true);
            if (field != null) {
                ctx.presence.release(ctx.id, field, ctx.me);
            }
        });
        form.onSave(fields -> {
            try {
                if (existing == null) {
                    upsert(ctx.table.addAgreement(ctx.id, ctx.me, perspectiveId, fields));
                } else {
                    upsert(ctx.table.updateAgreement(ctx.id, ctx.me, existing.id(), fields, existing.version()));
                    ctx.presence.release(ctx.id, field, ctx.me);
                }
                formSlot.removeAll();
                add.setVisible(true);
            } catch (ConversationException e) {
                form.showError(ctx.message(e));
            }
        });
        add.setVisible(false);
        formSlot.add(form);
        form.focus();
    }

    /** One agreement row. */
    private final class Row extends Div {
        private AgreementView agreement;
        private final Span what = new Span();
        private final Div details = new Div();
        private final Div held = new Div();
        private final Div actions = new Div();

        Row(AgreementView agreement) {
            addClassName("agreement-row");
            getElement().setAttribute("role", "listitem");
            what.addClassName("agreement-what");
            details.addClassName("agreement-details");
            held.addClassName("typing-indicator");
            Button edit = new Button(getTranslation("action.edit"), e -> openForm(this.agreement));
            Button delete = new Button(getTranslation("action.delete"),
                    e -> ctx.run(() -> ctx.table.removeAgreement(ctx.id, ctx.me, this.agreement.id())));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.addClassName("agreement-actions");
            actions.add(edit, delete);
            add(what, details, held, actions);
            show(agreement);
        }

        void show(AgreementView a) {
            this.agreement = a;
            what.setText(a.fields().what());
            details.removeAll();
            detail("table.agreement.who", a.fields().who());
            detail("table.agreement.when", a.fields().when());
            detail("table.agreement.responsible", a.fields().responsible());
            detail("table.agreement.follow-up", a.fields().followUp());
        }

        private void detail(String key, String value) {
            if (!value.isEmpty()) {
                Span label = new Span(getTranslation(key) + ": ");
                label.addClassName("detail-label");
                Span item = new Span(label, new Span(value));
                item.addClassName("agreement-detail");
                details.add(item);
            }
        }

        void heldBy(Long personId) {
            boolean other = personId != null && personId != ctx.me;
            held.setText(other ? getTranslation("table.editing", ctx.name(personId)) : "");
            actions.setEnabled(!other);
        }
    }

    /** The five fields of an agreement, as the seed asks: hvad, hvem, hvornår, ansvar, opfølgning. */
    static final class AgreementForm extends Div {
        final TextArea what = new TextArea();
        final TextField who = new TextField();
        final TextField when = new TextField();
        final TextField responsible = new TextField();
        final TextField followUp = new TextField();
        private final Paragraph error = new Paragraph();
        private final Button save = new Button();
        private final Button cancel = new Button();

        AgreementForm(AgreementFields initial) {
            addClassName("agreement-form");
            what.setLabel(getTranslation("table.agreement.what"));
            what.setRequiredIndicatorVisible(true);
            who.setLabel(getTranslation("table.agreement.who"));
            when.setLabel(getTranslation("table.agreement.when"));
            responsible.setLabel(getTranslation("table.agreement.responsible"));
            followUp.setLabel(getTranslation("table.agreement.follow-up"));
            what.setWidthFull();
            if (initial != null) {
                what.setValue(initial.what());
                who.setValue(initial.who());
                when.setValue(initial.when());
                responsible.setValue(initial.responsible());
                followUp.setValue(initial.followUp());
            }
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            cancel.setText(getTranslation("action.cancel"));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div fields = new Div(who, when, responsible, followUp);
            fields.addClassName("agreement-fields");
            Div buttons = new Div(save, cancel);
            buttons.addClassName("editor-buttons");
            add(what, fields, error, buttons);
        }

        void onSave(java.util.function.Consumer<AgreementFields> action) {
            save.addClickListener(e -> action.accept(new AgreementFields(what.getValue(), who.getValue(),
                    when.getValue(), responsible.getValue(), followUp.getValue())));
        }

        void onCancel(Runnable action) {
            cancel.addClickListener(e -> action.run());
        }

        void onKeystroke(Runnable action) {
            for (var f : new com.vaadin.flow.data.value.HasValueChangeMode[] {what, who, when, responsible,
                    followUp}) {
                f.setValueChangeMode(ValueChangeMode.TIMEOUT);
            }
            what.addValueChangeListener(e -> action.run());
            who.addValueChangeListener(e -> action.run());
            when.addValueChangeListener(e -> action.run());
            responsible.addValueChangeListener(e -> action.run());
            followUp.addValueChangeListener(e -> action.run());
        }

        void showError(String message) {
            error.setText(message);
            error.setVisible(true);
        }

        void focus() {
            what.focus();
        }
    }
}
