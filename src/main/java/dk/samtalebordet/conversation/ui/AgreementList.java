package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.conversation.TableModel;
import dk.samtalebordet.conversation.TableModel.AgreementFields;
import dk.samtalebordet.conversation.TableModel.AgreementView;
import dk.samtalebordet.shared.ui.DanishDatePickers;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.Texts;

import java.time.LocalDate;
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
    /** The form for a new or edited row, while it is open. */
    private AgreementForm openForm;

    AgreementList(TableContext ctx, Long perspectiveId, String scope, String prompts) {
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
        add.getElement().setAttribute("aria-label", getTranslation("table.agreements.add-to", scope));
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

    /** The conversation can (no longer) change; an agreement being written when it locked stays, to copy. */
    void setEditable(boolean editable) {
        add.setVisible(editable);
        byId.values().forEach(r -> r.actions.setVisible(editable));
        if (!editable && openForm != null) {
            openForm.lockedOut(getTranslation("table.unsaved.agreement-locked"));
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
        AgreementForm form = new AgreementForm(ctx, existing == null ? null : existing.fields());
        openForm = form;
        form.onKeystroke(() -> {
            if (field != null) {
                ctx.presence.claim(ctx.id, field, ctx.me);
            }
        });
        form.onCancel(() -> {
            formSlot.removeAll();
            openForm = null;
            add.setVisible(ctx.editable());
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
            Texts.update(what, a.fields().what());
            details.removeAll();
            detail("table.agreement.who", a.fields().who());
            detail("table.agreement.when", a.fields().when());
            detail("table.agreement.responsible", a.fields().responsible());
            String followUp = (a.fields().followUpDate() == null ? ""
                    : Formats.shortDate(a.fields().followUpDate(), getLocale()))
                    + (a.fields().followUpDate() != null && !a.fields().followUp().isEmpty() ? " – " : "")
                    + a.fields().followUp();
            detail("table.agreement.follow-up", followUp);
            detail("table.agreement.value", a.fields().value());
            if (ctx.state().kind() == ConversationKind.GRUS) {
                detail("table.agreement.for", a.fields().forPersonId() == null
                        ? getTranslation("table.agreement.for-group") : ctx.name(a.fields().forPersonId()));
            }
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
            Texts.update(held, other ? getTranslation("table.editing", ctx.name(personId)) : "");
            actions.setEnabled(!other);
        }
    }

    /**
     * The fields of an agreement, as the seed asks: hvad, hvem, hvornår, ansvar, opfølgning (a date and how), the
     * value it creates, and in a GRUS whom it is for. A refused field gets its message right next to it.
     */
    static final class AgreementForm extends Div {
        final TextArea what = new TextArea();
        final TextField who = new TextField();
        final TextField when = new TextField();
        final TextField responsible = new TextField();
        final DatePicker followUpDate = new DatePicker();
        final TextField followUp = new TextField();
        final TextArea value = new TextArea();
        final Select<Long> forPerson = new Select<>();
        private final Paragraph error = new Paragraph();
        private final Button save = new Button();
        private final Button cancel = new Button();
        private final boolean group;

        AgreementForm(TableContext ctx, AgreementFields initial) {
            addClassName("agreement-form");
            group = ctx.state().kind() == ConversationKind.GRUS;
            what.setLabel(getTranslation("table.agreement.what"));
            what.setRequiredIndicatorVisible(true);
            who.setLabel(getTranslation("table.agreement.who"));
            when.setLabel(getTranslation("table.agreement.when"));
            when.setHelperText(getTranslation("table.agreement.when.help"));
            responsible.setLabel(getTranslation("table.agreement.responsible"));
            responsible.setRequiredIndicatorVisible(true);
            responsible.setHelperText(getTranslation("table.agreement.responsible.help"));
            followUpDate.setLabel(getTranslation("table.agreement.follow-up-date"));
            DatePicker.DatePickerI18n i18n = DanishDatePickers.danish();
            i18n.setBadInputErrorMessage(getTranslation("table.agreement.bad-date"));
            i18n.setMinErrorMessage(getTranslation("conversation.error.follow-up-past"));
            i18n.setMaxErrorMessage(getTranslation("conversation.error.follow-up-too-far",
                    TableModel.FOLLOW_UP_MAX_YEARS));
            followUpDate.setI18n(i18n);
            followUpDate.setMin(LocalDate.now(Formats.ZONE));
            followUpDate.setMax(LocalDate.now(Formats.ZONE).plusYears(TableModel.FOLLOW_UP_MAX_YEARS));
            followUp.setLabel(getTranslation("table.agreement.follow-up-how"));
            value.setLabel(getTranslation("table.agreement.value"));
            value.setHelperText(getTranslation("table.agreement.value.help"));
            what.setWidthFull();
            value.setWidthFull();
            forPerson.setLabel(getTranslation("table.agreement.for"));
            forPerson.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(0L),
                    ctx.state().participants().stream().filter(p -> p.role() == ParticipantRole.EMPLOYEE)
                            .map(p -> p.personId())).toList());
            forPerson.setItemLabelGenerator(id -> id == 0L ? getTranslation("table.agreement.for-group")
                    : ctx.name(id));
            forPerson.setValue(0L);
            forPerson.setVisible(group);
            if (initial != null) {
                what.setValue(initial.what());
                who.setValue(initial.who());
                when.setValue(initial.when());
                responsible.setValue(initial.responsible());
                followUpDate.setValue(initial.followUpDate());
                followUp.setValue(initial.followUp());
                value.setValue(initial.value());
                forPerson.setValue(initial.forPersonId() == null ? 0L : initial.forPersonId());
            }
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            save.setText(getTranslation("action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            cancel.setText(getTranslation("action.cancel"));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div fields = new Div(who, when, responsible, forPerson, followUpDate, followUp);
            fields.addClassName("agreement-fields");
            Div buttons = new Div(save, cancel);
            buttons.addClassName("editor-buttons");
            add(what, fields, value, error, buttons);
        }

        void onSave(java.util.function.Consumer<AgreementFields> action) {
            save.addClickListener(e -> {
                clearErrors();
                if (followUpDate.isInvalid() && followUpDate.getValue() == null) {
                    // what was typed is no date at all; a real date out of range is for the service to judge
                    followUpDate.setErrorMessage(getTranslation("table.agreement.bad-date"));
                    return;
                }
                Long chosen = forPerson.getValue();
                action.accept(new AgreementFields(what.getValue(), who.getValue(), when.getValue(),
                        responsible.getValue(), followUpDate.getValue(), followUp.getValue(), value.getValue(),
                        chosen == null || chosen == 0L ? null : chosen));
            });
        }

        void onCancel(Runnable action) {
            cancel.addClickListener(e -> action.run());
        }

        void onKeystroke(Runnable action) {
            for (HasValueChangeMode f : new HasValueChangeMode[] {what, who, when, responsible, followUp, value}) {
                f.setValueChangeMode(ValueChangeMode.TIMEOUT);
            }
            for (HasValue<?, ?> f : new HasValue<?, ?>[] {what, who, when, responsible, followUpDate, followUp,
                    value, forPerson}) {
                f.addValueChangeListener(e -> action.run());
            }
        }

        /** Shows a refusal next to its field, or below the form when it concerns no one field. */
        void showError(String field, String message) {
            HasValidation target = field == null ? null : switch (field) {
                case "conversation.field.what" -> what;
                case "conversation.field.who" -> who;
                case "conversation.field.when" -> when;
                case "conversation.field.responsible" -> responsible;
                case "conversation.field.follow-up-date" -> followUpDate;
                case "conversation.field.follow-up" -> followUp;
                case "conversation.field.value" -> value;
                case "conversation.field.for" -> forPerson;
                default -> null;
            };
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                error.setText(message);
                error.setVisible(true);
            }
        }

        /** The plan was locked before this agreement was saved: nothing more to save, the text stays to copy. */
        void lockedOut(String message) {
            save.setVisible(false);
            cancel.setText(getTranslation("action.close"));
            error.setText(message);
            error.setVisible(true);
        }

        private void clearErrors() {
            for (HasValidation f : new HasValidation[] {what, who, when, responsible, followUp, value, forPerson}) {
                f.setInvalid(false);
            }
            error.setVisible(false);
        }

        void focus() {
            what.focus();
        }
    }
}
