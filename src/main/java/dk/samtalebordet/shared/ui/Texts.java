package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HasText;

import java.util.Objects;

/**
 * Text of components that live updates refresh. Vaadin's {@code Button} replaces its text node on every
 * {@code setText}, even with the same text, and every replacement is sent to every open page: the live table,
 * which refreshes nine question cards on each focus change, pushed 8 kB where a few hundred bytes were news
 * (docs/performance.md).
 */
public final class Texts {

    private Texts() {
    }

    /** Sets the text only when it differs from what the component shows. */
    public static void update(HasText component, String text) {
        if (!Objects.equals(component.getText(), text)) {
            component.setText(text);
        }
    }
}
