package dk.samtalebordet.plan;

/** How an agreement of a locked plan is getting on. */
public enum FollowUpStatus {
    IKKE_STARTET,
    I_GANG,
    GENNEMFOERT,
    DROPPET;

    /** Still to be done: a follow-up date that has passed is overdue. */
    public boolean open() {
        return this == IKKE_STARTET || this == I_GANG;
    }
}
