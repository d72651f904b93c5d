package dk.samtalebordet.conversation;

import dk.samtalebordet.conversation.ConversationException.InvalidInput;

/**
 * The rules of what people write in a conversation. A refusal names its field and says what is wrong; text that
 * is too long is refused, never cut.
 */
public final class InputRules {

    private InputRules() {
    }

    /** Refuses a text longer than {@code max}, naming its field ({@code conversation.field.*}). */
    public static void requireMax(String text, int max, String fieldKey) {
        if (text.length() > max) {
            throw new InvalidInput(fieldKey, "conversation.error.too-long", fieldKey, max, text.length());
        }
    }
}
