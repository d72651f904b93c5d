package dk.samtalebordet.conversation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person taking part in a conversation. */
@Embeddable
public class Participant {

    private Long personId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    protected Participant() {
    }

    public Participant(long personId, ParticipantRole role) {
        this.personId = personId;
        this.role = role;
    }

    public long personId() {
        return personId;
    }

    public ParticipantRole role() {
        return role;
    }
}
