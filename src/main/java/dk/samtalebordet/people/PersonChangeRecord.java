package dk.samtalebordet.people;

import java.time.Instant;

/** A recorded change of a person, for the administrator's history. {@code changedBy} is null for a source. */
public record PersonChangeRecord(long personId, Instant changedAt, Long changedBy, Source source, PersonField field,
                                 String before, String after) {
}
