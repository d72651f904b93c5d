package dk.samtalebordet.archive;

/** A document's stored bytes, exactly as filed, with the SHA-256 stored beside them. */
public record DocumentContent(ArchivedDocument document, byte[] bytes) {
}
