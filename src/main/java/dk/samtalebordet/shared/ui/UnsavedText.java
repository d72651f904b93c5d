package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Text a person wrote that was refused (the plan was locked, a save crossed another, the field was taken): shown
 * in place, next to where it was written, with why it was not saved, and kept to copy. Nothing vanishes unseen.
 */
public class UnsavedText extends Div {

    /** Made when there is first something to show: most pages never need them. */
    private Paragraph reason;
    private TextArea text;
    private Runnable onDismiss = () -> { };

    public UnsavedText() {
        addClassName("unsaved-text");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    private void build() {
        reason = new Paragraph();
        reason.addClassName("unsaved-reason");
        text = new TextArea();
        text.setLabel(getTranslation("unsaved.label"));
        text.setReadOnly(true);
        text.setWidthFull();
        text.addClassName("unsaved-copy");
        Button copy = new Button(getTranslation("unsaved.copy"), e -> text.getElement().executeJs(
                "const area = this.inputElement; area.select();"
                        + "if (navigator.clipboard) { navigator.clipboard.writeText(area.value).catch(() => {}); }"
                        + "else { document.execCommand('copy'); }"));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClassName("unsaved-copy-button");
        Button dismiss = new Button(getTranslation("unsaved.dismiss"), e -> {
            hide();
            onDismiss.run();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(copy, dismiss);
        buttons.addClassName("editor-buttons");
        add(reason, text, buttons);
    }

    /** What else to do when the person has copied what they need and dismisses the text. */
    public void onDismiss(Runnable action) {
        this.onDismiss = action;
    }

    /** Shows the text that was not saved, and why. */
    public void show(String why, String unsaved) {
        if (reason == null) {
            build();
        }
        reason.setText(why);
        text.setValue(unsaved);
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }

    /** The text kept to copy, or empty when nothing is shown. */
    public String text() {
        return isVisible() ? text.getValue() : "";
    }
}
