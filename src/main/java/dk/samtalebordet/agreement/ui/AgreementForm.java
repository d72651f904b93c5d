package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.agreement.AgreementModel;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.DatePickers;
import dk.samtalebordet.shared.ui.Formats;

import java.time.LocalDate;

/**
 * The fields of an agreement, as the seed asks: hvad, hvem, hvornår, ansvar, opfølgning (a date and how), the
 * value it creates, and in a GRUS whom it is for. A refused field gets its message right next to it.
 */
final class AgreementForm extends Div {
    private static final AgreementFields EMPTY = new AgreementFields("", "", "", "", null, "", "", null);

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
    /** The fields the service's last refusal marked. */
    private final java.util.Set<HasValidation> refusedHere = new java.util.HashSet<>();
    private final ConversationContext ctx;

    /** An empty form, hidden until {@link #open} shows it; its list keeps it for the next agreement. */
    AgreementForm(ConversationContext ctx) {
        this.ctx = ctx;
        addClassName("agreement-form");
        group = ctx.details().kind() == ConversationKind.GRUS;
        what.setLabel(getTranslation("table.agreement.what"));
        what.setRequiredIndicatorVisible(true);
        who.setLabel(getTranslation("table.agreement.who"));
        when.setLabel(getTranslation("table.agreement.when"));
        when.setHelperText(getTranslation("table.agreement.when.help"));
        responsible.setLabel(getTranslation("table.agreement.responsible"));
        responsible.setRequiredIndicatorVisible(true);
        responsible.setHelperText(getTranslation("table.agreement.responsible.help"));
        followUpDate.setLabel(getTranslation("table.agreement.follow-up-date"));
        DatePicker.DatePickerI18n i18n = DatePickers.i18n(getLocale());
        i18n.setBadInputErrorMessage(getTranslation("table.agreement.bad-date"));
        i18n.setMinErrorMessage(getTranslation("conversation.error.follow-up-past"));
        i18n.setMaxErrorMessage(getTranslation("conversation.error.follow-up-too-far",
                AgreementModel.FOLLOW_UP_MAX_YEARS));
        followUpDate.setI18n(i18n);
        followUp.setLabel(getTranslation("table.agreement.follow-up-how"));
        value.setLabel(getTranslation("table.agreement.value"));
        value.setHelperText(getTranslation("table.agreement.value.help"));
        what.setWidthFull();
        value.setWidthFull();
        forPerson.setLabel(getTranslation("table.agreement.for"));
        forPerson.setItemLabelGenerator(id -> id == 0L ? getTranslation("table.agreement.for-group")
                : ctx.name(id));
        forPerson.setVisible(group);
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
        setVisible(false);
    }

    /**
     * Shows the form for a new agreement ({@code initial} null: every field empty) or for editing one, with
     * nothing left of its last use: no value, no refusal, its buttons as new. The dates allowed and the people
     * of a group are as they are today.
     */
    void open(AgreementFields initial) {
        LocalDate today = LocalDate.now(Formats.ZONE);
        followUpDate.setMin(today);
        followUpDate.setMax(today.plusYears(AgreementModel.FOLLOW_UP_MAX_YEARS));
        forPerson.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(0L),
                ctx.details().participants().stream().filter(p -> p.role() == ParticipantRole.EMPLOYEE)
                        .map(p -> p.personId())).toList());
        AgreementFields shown = initial == null ? EMPTY : initial;
        what.setValue(shown.what());
        who.setValue(shown.who());
        when.setValue(shown.when());
        responsible.setValue(shown.responsible());
        followUpDate.setValue(shown.followUpDate()); // null also clears a date typed that was no date
        followUp.setValue(shown.followUp());
        value.setValue(shown.value());
        forPerson.setValue(shown.forPersonId() == null ? 0L : shown.forPersonId());
        clearErrors();
        followUpDate.setInvalid(false);
        save.setVisible(true);
        cancel.setText(getTranslation("action.cancel"));
        setVisible(true);
    }

    /** Hides the form; what it held is replaced when it opens again. */
    void close() {
        setVisible(false);
    }

    void onSave(java.util.function.Consumer<AgreementFields> action) {
        save.addClickListener(e -> {
            clearErrors();
            if (unparsable(followUpDate)) {
                // what was typed is no date at all; a real date out of range is for the service to judge
                followUpDate.setErrorMessage(getTranslation("table.agreement.bad-date"));
                followUpDate.setInvalid(true);
                return;
            }
            Long chosen = forPerson.getValue();
            action.accept(new AgreementFields(what.getValue(), who.getValue(), when.getValue(),
                    responsible.getValue(), followUpDate.getValue(), followUp.getValue(), value.getValue(),
                    chosen == null || chosen == 0L ? null : chosen));
        });
    }

    /** Something was typed that is no date at all (the field's own judgement, whoever marked it last). */
    static boolean unparsable(DatePicker date) {
        return date.getValue() == null && date.getDefaultValidator().apply(null, new ValueContext(date)).isError();
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
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) { // a value the form itself sets when it opens is no keystroke
                    action.run();
                }
            });
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
            refusedHere.add(target);
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

    /** Clears what the service refused; the browser's own judgement of a typed date (bad input) stays. */
    private void clearErrors() {
        for (HasValidation f : new HasValidation[] {what, who, when, responsible, followUp, value, forPerson}) {
            f.setInvalid(false);
        }
        refusedHere.forEach(f -> f.setInvalid(false));
        refusedHere.clear();
        error.setVisible(false);
    }

    void focus() {
        what.focus();
    }
}
