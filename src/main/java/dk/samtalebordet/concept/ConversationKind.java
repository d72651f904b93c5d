package dk.samtalebordet.concept;

/** The kinds of development conversation. */
public enum ConversationKind {
    /** Medarbejderudviklingssamtale: an employee and their leader. */
    MUS,
    /** Lederudviklingssamtale: a leader and the leader's own leader. */
    LUS,
    /** Gruppeudviklingssamtale: a leader and a group of employees. */
    GRUS
}
