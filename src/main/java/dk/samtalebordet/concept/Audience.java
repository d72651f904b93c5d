package dk.samtalebordet.concept;

/** Whom a guidance text is written for. */
public enum Audience {
    ALL,
    LEADER,
    EMPLOYEE,
    /** The leader's own leader, who holds the LUS. */
    LEADERS_LEADER
}
