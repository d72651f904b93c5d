package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConversationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A development conversation: who meets, with which concept version, when, where and how. */
@Entity
@Table(name = "conversation")
public class Conversation {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ConversationKind kind;

    /** The concept version the conversation is held with; versions never change. */
    private Long conceptId;

    @Enumerated(EnumType.STRING)
    private Variant variant;

    @Enumerated(EnumType.STRING)
    private Form form;

    private Instant startsAt;
    private int durationMinutes;
    private String place;
    private String videoLink;

    @Enumerated(EnumType.STRING)
    private ConversationStatus status;

    private Long createdBy;
    private Instant createdAt;
    private Instant lockedAt;
    private Instant cancelledAt;
    private boolean revealWhenAllChosen;
    private int icsSequence;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "conversation_participant", joinColumns = @JoinColumn(name = "conversation_id"))
    private List<Participant> participants = new ArrayList<>();

    protected Conversation() {
    }

    public Conversation(UUID id, ConversationKind kind, long conceptId, Variant variant, Form form,
                        Instant startsAt, int durationMinutes, String place, String videoLink, long createdBy,
                        Instant createdAt, List<Participant> participants) {
        this.id = id;
        this.kind = kind;
        this.conceptId = conceptId;
        this.variant = variant;
        this.form = form;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.videoLink = videoLink;
        this.status = ConversationStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.participants = new ArrayList<>(participants);
    }

    public UUID getId() {
        return id;
    }

    public ConversationKind getKind() {
        return kind;
    }

    public long getConceptId() {
        return conceptId;
    }

    public Variant getVariant() {
        return variant;
    }

    public Form getForm() {
        return form;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public List<Participant> getParticipants() {
        return List.copyOf(participants);
    }

    /** Raised by every rescheduling or cancellation, so calendars replace the earlier invitation. */
    public int getIcsSequence() {
        return icsSequence;
    }

    void reschedule(Instant newStart, int newDuration, String newPlace, String newVideoLink) {
        this.startsAt = newStart;
        this.durationMinutes = newDuration;
        this.place = newPlace;
        this.videoLink = newVideoLink;
        this.icsSequence++;
    }

    void cancel(Instant at) {
        this.status = ConversationStatus.CANCELLED;
        this.cancelledAt = at;
        this.icsSequence++;
    }

    public boolean isRevealWhenAllChosen() {
        return revealWhenAllChosen;
    }

    void revealWhenAllChosen(boolean reveal) {
        this.revealWhenAllChosen = reveal;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    void lock(Instant at) {
        this.status = ConversationStatus.LOCKED;
        this.lockedAt = at;
    }
}
