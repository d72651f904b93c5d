package dk.samtalebordet.concept;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A concept version as listed in the catalogue; {@code orgUnitId} is set on an org unit's own version. */
public record ConceptSummary(long id, String key, int version, String name, String organisation,
                             Set<ConversationKind> kinds, String description, int perspectiveCount,
                             int questionCount, int stikordCount, int pictureCount, Long orgUnitId) {

    public ConceptSummary {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
