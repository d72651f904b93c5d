package dk.samtalebordet.agreement;

/** How an agreement of a locked plan is getting on. */
public enum FollowUpStatus {
    IKKE_STARTET,
    I_GANG,
    GENNEMFOERT,
    DROPPET,
    /** Carried on into a newer plan as a new agreement, which is followed up from then on. */
    VIDEREFOERT;

    /** Still to be done: a follow-up date that has passed is overdue. */
    public boolean open() {
        return this == IKKE_STARTET || this == I_GANG;
    }
}
