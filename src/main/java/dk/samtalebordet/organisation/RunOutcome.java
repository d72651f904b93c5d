package dk.samtalebordet.organisation;

/** How a synchronisation or import ended. */
public enum RunOutcome {
    /** Applied: everything not refused was stored. */
    DONE,
    /** Refused as a whole (the source gave nobody, or would deactivate too many): nothing was changed. */
    REFUSED,
    /** It could not run (the directory did not answer, a database error): nothing was changed. */
    FAILED
}
