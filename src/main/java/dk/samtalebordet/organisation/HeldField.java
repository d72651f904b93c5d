package dk.samtalebordet.organisation;

import dk.samtalebordet.people.PersonField;
import java.time.Instant;

/**
 * A field an administrator corrected by hand, with the source's value beside it; {@code conflict} when the two
 * differ (the next synchronisation keeps the correction and reports the conflict again).
 */
public record HeldField(long personId, PersonField field, String current, String sourceValue, Instant heldAt,
                        long heldBy, boolean conflict) {
}
