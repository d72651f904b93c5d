package dk.samtalebordet.people;

/**
 * What a person may do in Samtalebordet. The constants in {@link Names} are for access annotations.
 */
public enum Role {
    MEDARBEJDER,
    LEDER,
    HR,
    ADMINISTRATOR,
    /** The data protection officer (databeskyttelsesrådgiver): reads and exports the audit log, nothing else. */
    DPO;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MEDARBEJDER = "MEDARBEJDER";
        public static final String LEDER = "LEDER";
        public static final String HR = "HR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String DPO = "DPO";

        private Names() {
        }
    }
}
