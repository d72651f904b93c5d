package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.StateNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void theSameTextKeepsAButtonsTextNodeSoNothingIsSentToTheBrowser() {
        Button button = new Button("Fokus");
        StateNode textNode = textNode(button);

        Texts.update(button, "Fokus");

        assertThat(textNode(button)).isSameAs(textNode);
        button.setText("Fokus");
        assertThat(textNode(button)).as("what Texts.update avoids").isNotSameAs(textNode);
    }

    @Test
    void anotherTextReplacesTheText() {
        Button button = new Button("Fokus");
        Span span = new Span();

        Texts.update(button, "Fjern fokus");
        Texts.update(span, "I fokus");

        assertThat(button.getText()).isEqualTo("Fjern fokus");
        assertThat(span.getText()).isEqualTo("I fokus");
        Texts.update(span, "");
        assertThat(span.getText()).isEmpty();
    }

    private static StateNode textNode(Button button) {
        return button.getElement().getChild(0).getNode();
    }
}
