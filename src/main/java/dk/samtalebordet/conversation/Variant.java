package dk.samtalebordet.conversation;

/** How the concept is laid out: as puzzle pieces on a table, or as the table form. */
public enum Variant {
    PUSLESPIL,
    SKEMA
}
