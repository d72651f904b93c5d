package dk.samtalebordet.concept;

/** A refused change to a concept, with a translation key for the person's own language. */
public class ConceptException extends RuntimeException {

    private final String messageKey;

    public ConceptException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
