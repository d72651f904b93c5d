package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.Component;
import dk.samtalebordet.conversation.ConversationException;

import java.util.Arrays;

/** Turns a refusal from the conversation services into a sentence in the person's language. */
public final class ConversationMessages {

    private ConversationMessages() {
    }

    public static String text(Component component, ConversationException e) {
        Object[] args = Arrays.stream(e.args())
                .map(a -> a instanceof String s && s.startsWith("conversation.field.") ? component.getTranslation(s)
                        : a)
                .toArray();
        return component.getTranslation(e.messageKey(), args);
    }
}
