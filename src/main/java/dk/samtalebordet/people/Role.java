package dk.samtalebordet.people;

/**
 * What a person may do in Samtalebordet. The constants in {@link Names} are for access annotations.
 */
public enum Role {
    MEDARBEJDER,
    LEDER,
    HR,
    ADMINISTRATOR;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String MEDARBEJDER = "MEDARBEJDER";
        public static final String LEDER = "LEDER";
        public static final String HR = "HR";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";

        private Names() {
        }
    }
}
