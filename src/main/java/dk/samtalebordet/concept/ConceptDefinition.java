package dk.samtalebordet.concept;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The whole content of one concept version, without database ids. It is the shape of the seed files under
 * {@code src/main/resources/concepts/} and the unit a revision edits.
 *
 * @param pictures the codes of the picture pieces, resolved through {@code concepts/pictures.json}
 */
public record ConceptDefinition(
        String key,
        int version,
        String name,
        String organisation,
        Set<ConversationKind> kinds,
        String description,
        List<String> agreementPrompts,
        List<PerspectiveDefinition> perspectives,
        List<String> stikord,
        List<String> pictures,
        List<GuidanceDefinition> guidance) {

    public ConceptDefinition {
        kinds = kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        agreementPrompts = List.copyOf(agreementPrompts);
        perspectives = List.copyOf(perspectives);
        stikord = List.copyOf(stikord);
        pictures = List.copyOf(pictures);
        guidance = List.copyOf(guidance);
    }

    /**
     * @param workplaceQuestions questions a workplace added for its own org unit, after the concept's own
     */
    public record PerspectiveDefinition(String code, String name, PerspectivePart part, String colour,
                                        String description, List<String> questions, List<String> workplaceQuestions) {
        public PerspectiveDefinition {
            questions = List.copyOf(questions);
            workplaceQuestions = workplaceQuestions == null ? List.of() : List.copyOf(workplaceQuestions);
        }

        PerspectiveDefinition withQuestions(List<String> newQuestions) {
            return new PerspectiveDefinition(code, name, part, colour, description, newQuestions,
                    workplaceQuestions);
        }

        PerspectiveDefinition withWorkplaceQuestion(String question) {
            List<String> more = new ArrayList<>(workplaceQuestions);
            more.add(question);
            return new PerspectiveDefinition(code, name, part, colour, description, questions, more);
        }
    }

    public record GuidanceDefinition(Audience audience, String title, String body) {
    }

    /** A copy with a different version number. */
    public ConceptDefinition withVersion(int newVersion) {
        return new ConceptDefinition(key, newVersion, name, organisation, kinds, description, agreementPrompts,
                perspectives, stikord, pictures, guidance);
    }

    /** A copy where one question of one perspective has a new wording. */
    public ConceptDefinition withQuestionReworded(String perspectiveCode, int questionIndex, String text) {
        return withPerspectiveQuestions(perspectiveCode, questions -> questions.set(questionIndex, text));
    }

    /** A copy with a question added at the end of a perspective. */
    public ConceptDefinition withQuestionAdded(String perspectiveCode, String text) {
        return withPerspectiveQuestions(perspectiveCode, questions -> questions.add(text));
    }

    /** A copy for an org unit: its own key and name, and a workplace question added to one perspective. */
    ConceptDefinition forWorkplace(String unitKey, String unitName, String perspectiveCode, String question) {
        boolean found = perspectives.stream().anyMatch(p -> p.code().equals(perspectiveCode));
        if (!found) {
            throw new IllegalArgumentException("No perspective '" + perspectiveCode + "' in concept " + key);
        }
        String unitConceptName = name.endsWith(" (" + unitName + ")") ? name : name + " (" + unitName + ")";
        return new ConceptDefinition(unitKey, version, unitConceptName, organisation, kinds, description,
                agreementPrompts, perspectives.stream().map(p -> p.code().equals(perspectiveCode)
                        ? p.withWorkplaceQuestion(question) : p).toList(), stikord, pictures, guidance);
    }

    private ConceptDefinition withPerspectiveQuestions(String code,
                                                       java.util.function.Consumer<List<String>> change) {
        boolean found = false;
        List<PerspectiveDefinition> changed = new ArrayList<>();
        for (PerspectiveDefinition p : perspectives) {
            if (p.code().equals(code)) {
                List<String> questions = new ArrayList<>(p.questions());
                change.accept(questions);
                changed.add(p.withQuestions(questions));
                found = true;
            } else {
                changed.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("No perspective '" + code + "' in concept " + key);
        }
        return new ConceptDefinition(key, version, name, organisation, kinds, description, agreementPrompts,
                changed, stikord, pictures, guidance);
    }
}
