package dk.samtalebordet.concept;

/** Where a perspective (or theme) sits in the conversation. */
public enum PerspectivePart {
    /** Before the themes, e.g. the structure of the conversation and the look back. */
    OPENING,
    /** A perspective or theme of the conversation proper. */
    THEME,
    /** After the themes, e.g. other topics and rounding off. */
    CLOSING
}
