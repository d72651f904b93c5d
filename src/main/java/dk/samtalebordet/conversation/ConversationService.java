package dk.samtalebordet.conversation;

import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.concept.ConceptSummary;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationEvents.InvitationChanged;
import dk.samtalebordet.conversation.ConversationEvents.ScheduleChanged;
import dk.samtalebordet.conversation.ConversationEvents.StatusChanged;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ConversationException.NotAllowed;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.DanishDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating conversations, and the rules of who may hold which kind with whom. */
@Service
@Transactional
public class ConversationService {

    /** How far ahead a conversation can be planned. */
    public static final int MAX_YEARS_AHEAD = 2;
    public static final int PLACE_MAX = 300;
    public static final int VIDEO_LINK_MAX = 500;
    /** A conversation lasts from a quarter of an hour to a working day, in minutes. */
    public static final int DURATION_MIN = 15;
    public static final int DURATION_MAX = 480;

    private final ConversationRepository conversations;
    private final ConceptService concepts;
    private final PeopleService people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ConversationAccess access;
    private final ConversationLists lists;

    ConversationService(ConversationRepository conversations, ConceptService concepts, PeopleService people,
                        Clock clock, ApplicationEventPublisher events, ConversationAccess access,
                        ConversationLists lists) {
        this.access = access;
        this.lists = lists;
        this.conversations = conversations;
        this.concepts = concepts;
        this.people = people;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The people the leader may hold the given kind of conversation with: their employees for MUS and GRUS, and
     * the leaders among them for LUS.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> candidates(long leaderId, ConversationKind kind) {
        return people.directReports(leaderId).stream()
                .filter(p -> kind != ConversationKind.LUS || p.hasRole(Role.LEDER))
                .toList();
    }

    /**
     * The concepts the leader can hold the kind of conversation with: the newest version of each, and where their
     * org unit has its own version (with workplace questions), that one instead.
     */
    @Transactional(readOnly = true)
    public List<ConceptSummary> conceptsFor(ConversationKind kind, long leaderId) {
        long unit = people.findById(leaderId).map(PersonSummary::orgUnitId).orElse(-1L);
        List<ConceptSummary> fitting = concepts.catalogue().stream().filter(c -> c.kinds().contains(kind))
                .filter(c -> c.orgUnitId() == null || c.orgUnitId() == unit).toList();
        return fitting.stream().filter(c -> c.orgUnitId() != null || fitting.stream()
                .noneMatch(u -> u.orgUnitId() != null && u.key().startsWith(c.key() + "@unit"))).toList();
    }

    /** Creates the conversation with the leader and the chosen participants; returns its id. */
    public UUID create(NewConversation request, long leaderId) {
        PersonSummary leader = people.findById(leaderId).orElseThrow(() -> new NotAllowed("conversation.error.only-leaders"));
        if (!leader.hasRole(Role.LEDER)) {
            throw new NotAllowed("conversation.error.only-leaders");
        }
        if (request.kind() == null) {
            throw new InvalidInput("conversation.error.kind-required");
        }
        ConceptDetails concept = concepts.find(request.conceptId())
                .map(c -> concepts.forUnit(c.id(), leader.orgUnitId()))
                .filter(c -> c.kinds().contains(request.kind()))
                .orElseThrow(() -> new InvalidInput("conversation.error.concept-kind"));
        validateParticipants(request, leaderId);
        if (request.variant() == null || request.form() == null) {
            throw new InvalidInput("conversation.error.variant-form-required");
        }
        validateSchedule(request.startsAt(), request.durationMinutes(), request.place(), request.videoLink());
        if (request.form() == Form.ONLINE && request.videoLink().isEmpty()) {
            throw new InvalidInput("conversation.field.video-link", "conversation.error.video-link-required");
        }
        List<Participant> participants = new ArrayList<>();
        participants.add(new Participant(leaderId, ParticipantRole.LEADER));
        request.employees().forEach(id -> participants.add(new Participant(id, ParticipantRole.EMPLOYEE)));
        Conversation conversation = new Conversation(UUID.randomUUID(), request.kind(), concept.id(),
                request.variant(), request.form(), request.startsAt(), request.durationMinutes(),
                request.place().isEmpty() ? null : request.place(),
                request.videoLink().isEmpty() ? null : request.videoLink(), leaderId, clock.instant(), participants);
        conversation.revealWhenAllChosen(request.revealWhenAllChosen());
        UUID id = conversations.save(conversation).getId();
        events.publishEvent(new InvitationChanged(id));
        lists.changed(conversation);
        return id;
    }

    /** The leader moves the conversation; everybody gets an updated invitation with the same UID. */
    public void reschedule(UUID conversationId, long leaderId, Instant startsAt, int durationMinutes, String place,
                           String videoLink) {
        Conversation c = leadersOpen(conversationId, leaderId);
        String cleanPlace = place == null ? "" : place.strip();
        String cleanLink = videoLink == null ? "" : videoLink.strip();
        validateSchedule(startsAt, durationMinutes, cleanPlace, cleanLink);
        if (c.getForm() == Form.ONLINE && cleanLink.isEmpty()) {
            throw new InvalidInput("conversation.field.video-link", "conversation.error.video-link-required");
        }
        c.reschedule(startsAt, durationMinutes, cleanPlace.isEmpty() ? null : cleanPlace,
                cleanLink.isEmpty() ? null : cleanLink);
        events.publishEvent(new InvitationChanged(conversationId));
        events.publishEvent(new ScheduleChanged(conversationId));
        lists.changed(c);
    }

    /** The leader cancels the conversation; everybody gets a cancellation with the same UID. */
    public void cancel(UUID conversationId, long leaderId) {
        Conversation c = leadersOpen(conversationId, leaderId);
        c.cancel(clock.instant());
        events.publishEvent(new InvitationChanged(conversationId));
        events.publishEvent(new StatusChanged(conversationId, ConversationStatus.CANCELLED, leaderId));
        lists.changed(c);
    }

    private Conversation leadersOpen(UUID conversationId, long leaderId) {
        Conversation c = access.lockForChange(conversationId, leaderId);
        if (c.getParticipants().stream().noneMatch(p -> p.personId() == leaderId
                && p.role() == ParticipantRole.LEADER)) {
            throw new NotAllowed("conversation.error.only-leader-schedules");
        }
        if (c.getStatus() != ConversationStatus.PLANNED) {
            throw new ConversationException.NotEditable();
        }
        return c;
    }

    private void validateParticipants(NewConversation request, long leaderId) {
        Set<Long> chosen = new HashSet<>(request.employees());
        if (chosen.size() != request.employees().size() || chosen.contains(leaderId)) {
            throw new InvalidInput("conversation.error.participants-duplicate");
        }
        Set<Long> allowed = new HashSet<>(candidates(leaderId, request.kind()).stream()
                .map(PersonSummary::id).toList());
        if (!allowed.containsAll(chosen)) {
            throw new InvalidInput(request.kind() == ConversationKind.LUS
                    ? "conversation.error.lus-own-leaders" : "conversation.error.own-employees");
        }
        switch (request.kind()) {
            case MUS, LUS -> {
                if (chosen.size() != 1) {
                    throw new InvalidInput("conversation.error.exactly-one");
                }
            }
            case GRUS -> {
                if (chosen.size() < 2) {
                    throw new InvalidInput("conversation.error.group-size");
                }
            }
        }
    }

    /**
     * The rules of when and where, the same for a new conversation and a moved one; each refusal names its field.
     * A conversation is planned at most {@value #MAX_YEARS_AHEAD} years ahead, and a video link is an https
     * address: the invitation goes to everybody's calendar, and a plain http link would be sent in the clear.
     */
    private void validateSchedule(Instant startsAt, int durationMinutes, String place, String videoLink) {
        if (startsAt == null) {
            throw new InvalidInput("conversation.field.starts-at", "conversation.error.start-required");
        }
        if (startsAt.isBefore(clock.instant().minusSeconds(24 * 3600))) {
            throw new InvalidInput("conversation.field.starts-at", "conversation.error.start-in-past");
        }
        if (startsAt.isAfter(clock.instant().atZone(DanishDates.ZONE).plusYears(MAX_YEARS_AHEAD).toInstant())) {
            throw new InvalidInput("conversation.field.starts-at", "conversation.error.start-too-far",
                    MAX_YEARS_AHEAD);
        }
        if (durationMinutes < DURATION_MIN || durationMinutes > DURATION_MAX) {
            throw new InvalidInput("conversation.field.duration", "conversation.error.duration");
        }
        InputRules.requireMax(place, PLACE_MAX, "conversation.field.place");
        if (!videoLink.isEmpty() && !isSecureWebAddress(videoLink)) {
            throw new InvalidInput("conversation.field.video-link", "conversation.error.video-link");
        }
    }

    private static boolean isSecureWebAddress(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && link.length() <= VIDEO_LINK_MAX;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
