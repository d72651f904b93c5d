package dk.samtalebordet.concept;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One concept version with everything in it, as read by views and by conversations. */
public record ConceptDetails(
        long id,
        String key,
        int version,
        String name,
        String organisation,
        Set<ConversationKind> kinds,
        String description,
        List<String> agreementPrompts,
        List<PerspectiveDetails> perspectives,
        List<String> stikord,
        List<Picture> pictures,
        List<ConceptDefinition.GuidanceDefinition> guidance,
        Instant createdAt,
        String createdBy) {

    public ConceptDetails {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        agreementPrompts = List.copyOf(agreementPrompts);
        perspectives = List.copyOf(perspectives);
        stikord = List.copyOf(stikord);
        pictures = List.copyOf(pictures);
        guidance = List.copyOf(guidance);
    }

    public record PerspectiveDetails(long id, String code, String name, PerspectivePart part, String colour,
                                     String description, List<QuestionDetails> questions) {
        public PerspectiveDetails {
            questions = List.copyOf(questions);
        }
    }

    /** @param workplace true for a question the workplace added for its own org unit */
    public record QuestionDetails(long id, int position, String text, boolean workplace) {
    }

    /** All questions, perspective by perspective, in conversation order. */
    public List<QuestionDetails> allQuestions() {
        return perspectives.stream().flatMap(p -> p.questions().stream()).toList();
    }

    /** The guidance texts meant for the given audience, plus those meant for everybody. */
    public List<ConceptDefinition.GuidanceDefinition> guidanceFor(Audience audience) {
        return guidance.stream().filter(g -> g.audience() == Audience.ALL || g.audience() == audience).toList();
    }
}
