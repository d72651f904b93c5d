package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Makes a text field read-only in the browser only. Vaadin drops, unseen, any value the browser sends for a field
 * that is read-only on the server, so keystrokes typed before the browser learnt that the field closed (someone
 * else took it, the plan was locked) would vanish; with this they still arrive, the service refuses them, and
 * the person is shown what was not saved.
 */
public final class BrowserReadOnly {

    private BrowserReadOnly() {
    }

    public static void set(HasElement field, boolean readOnly) {
        field.getElement().executeJs("this.readonly = $0", readOnly);
    }
}
