package dk.samtalebordet.concept;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A concept version as listed in the catalogue. */
public record ConceptSummary(long id, String key, int version, String name, String organisation,
                             Set<ConversationKind> kinds, String description, int perspectiveCount,
                             int questionCount, int stikordCount, int pictureCount) {

    public ConceptSummary {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
