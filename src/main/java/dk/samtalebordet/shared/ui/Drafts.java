package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * The browser's drafts of shared texts ({@code scripts/samtalebordet.js}): what a person types in a field with a
 * draft key stays in their tab until the server confirms it was stored. Text typed while the connection was lost,
 * or across a server restart and a new sign-in, is offered again instead of vanishing.
 */
public final class Drafts {

    private Drafts() {
    }

    /** Keeps drafts of what is typed in the field, under a key unique to the field and its conversation. */
    public static void keep(HasElement field, String key) {
        field.getElement().setAttribute("data-draft", key);
    }

    /** The server stored this text of the field: the browser's draft of it is no longer needed. */
    public static void saved(HasElement field, String text) {
        field.getElement().executeJs("window.Samtalebordet && window.Samtalebordet.drafts.saved("
                + "this.dataset.draft, $0)", text);
    }

    /**
     * Gives a draft of the field that differs from the stored text to {@code unsent}: once the field shows, and
     * again whenever the browser is back in touch after a lost connection (when Vaadin resynchronises a page,
     * keystrokes that were on their way are dropped; their draft is not).
     */
    public static void offer(HasElement field, SerializableSupplier<String> stored,
                             SerializableConsumer<String> unsent) {
        field.getElement().addEventListener("draft-check", e -> pending(field, stored.get(), unsent));
        pending(field, stored.get(), unsent);
    }

    private static void pending(HasElement field, String stored, SerializableConsumer<String> unsent) {
        field.getElement().executeJs("return window.Samtalebordet ? window.Samtalebordet.drafts.pending("
                + "this.dataset.draft, $0) : null", stored).then(String.class, draft -> {
                    if (draft != null && !draft.isEmpty()) {
                        unsent.accept(draft);
                    }
                });
    }

    /** The person dismissed the draft. */
    public static void discard(HasElement field) {
        field.getElement().executeJs("window.Samtalebordet && window.Samtalebordet.drafts.discard("
                + "this.dataset.draft)");
    }
}
