package dk.samtalebordet.plan;

/** A refused step of the plan, with a translation key for the person's own language. */
public class PlanException extends RuntimeException {

    private final String messageKey;

    public PlanException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
