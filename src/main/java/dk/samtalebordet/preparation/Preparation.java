package dk.samtalebordet.preparation;

import dk.samtalebordet.conversation.ParticipantRole;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The preparation of one conversation, as one participant may see it. */
public final class Preparation {

    private Preparation() {
    }

    /** How far a participant has come: not started, has chosen 3 stikord, has shared them. */
    public enum Status {
        NOT_STARTED,
        CHOSEN,
        SHARED
    }

    /**
     * One participant's preparation. {@code stikord} is what the viewer may see: their own choice always; another
     * participant's only once shared (and, with a blind reveal, once everybody has chosen).
     */
    public record ParticipantPreparation(long personId, String name, String initials, ParticipantRole role,
                                         Status status, List<String> stikord) {
        public ParticipantPreparation {
            stikord = List.copyOf(stikord);
        }
    }

    /**
     * @param privateNotes the viewer's own private notes per question id; nobody else's, ever
     */
    public record PreparationView(UUID conversationId, boolean revealWhenAllChosen, boolean canChange,
                                  List<ParticipantPreparation> participants, Map<Long, String> privateNotes,
                                  long me) {
        public PreparationView {
            participants = List.copyOf(participants);
            privateNotes = Map.copyOf(privateNotes);
        }

        public ParticipantPreparation mine() {
            return participants.stream().filter(p -> p.personId() == me).findFirst().orElseThrow();
        }
    }
}
