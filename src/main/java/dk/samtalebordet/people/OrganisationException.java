package dk.samtalebordet.people;

/** A change of the organisation that was refused, with a Danish message for the person who asked for it. */
public class OrganisationException extends RuntimeException {

    public OrganisationException(String message) {
        super(message);
    }

    public OrganisationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another run holds the organisation; the same request will do later. */
    public static class Busy extends OrganisationException {
        public Busy(String message) {
            super(message);
        }
    }
}
