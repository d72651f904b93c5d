package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.Texts;

/**
 * A quick way to note an agreement for the conversation as a whole, with me as responsible: what, and add. For
 * the conversation on a phone, in the focus panel.
 */
public class QuickAgreement extends Div {

    private final ConversationContext ctx;
    private final TextField what = new TextField();
    private final Button add = new Button();
    private final Paragraph notSaved = new Paragraph();

    public QuickAgreement(ConversationContext ctx, AgreementService agreements) {
        this.ctx = ctx;
        what.addClassName("walk-what");
        what.setValueChangeMode(ValueChangeMode.TIMEOUT);
        what.setValueChangeTimeout(ConversationContext.SEND_INTERVAL_MS);
        what.setLabel(getTranslation("table.quick-agreement"));
        what.setWidthFull();
        add.setText(getTranslation("table.agreements.add"));
        add.addClickListener(e -> {
            try {
                agreements.addAgreement(ctx.id, ctx.me, null,
                        new AgreementFields(what.getValue(), "", "", ctx.name(ctx.me), ""));
                what.clear();
                what.setInvalid(false);
            } catch (ConversationException refused) {
                // told at the text, which stays
                what.setErrorMessage(ctx.message(refused));
                what.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("walk-step");
        add.getElement().setAttribute("aria-label", getTranslation("table.quick-agreement.add"));
        addClassName("walk-quick-add");
        notSaved.addClassName("form-error");
        notSaved.getElement().setAttribute("role", "alert");
        add(what, add, notSaved);
    }

    /** Follows whether the conversation can still change. */
    public void refresh() {
        // a quick agreement being written when the plan locked stays, to copy, with why it was not saved
        setVisible(ctx.editable() || !what.isEmpty());
        add.setVisible(ctx.editable());
        Texts.update(notSaved, ctx.editable() || what.isEmpty() ? ""
                : getTranslation("table.unsaved.agreement-locked"));
    }
}
