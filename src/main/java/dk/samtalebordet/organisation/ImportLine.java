package dk.samtalebordet.organisation;

/**
 * What a synchronisation or import did with one person or org unit.
 *
 * @param subject who: the username and name, or the unit
 * @param detail  what changed, or why it was refused, in Danish
 */
public record ImportLine(Kind kind, String subject, String detail) {

    public enum Kind {
        CREATED,
        UPDATED,
        DEACTIVATED,
        REACTIVATED,
        REFUSED,
        CONFLICT
    }
}
