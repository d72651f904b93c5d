package dk.samtalebordet.presence;

import dk.samtalebordet.presence.PresenceEvents.PresenceChanged;
import dk.samtalebordet.presence.PresenceEvents.TypingChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who has a conversation open right now, and who is typing in which field.
 * <p>
 * A participant is present while at least one of their connections (browser tabs) is open and heard from. A
 * connection ends when its page closes (the view detaches). One not heard from for the timeout (a phone in a
 * tunnel, a starved browser) counts as away, and as here again as soon as it is heard from: the page is still
 * open, and nobody should have to reload it to be seen. One not heard from for the retention time is forgotten,
 * so a page that vanished without detaching leaks nothing.
 * <p>
 * Typing is a short lease on one field: while someone holds it, nobody else's save to that field is accepted,
 * and everybody sees who is typing. The lease ends when they leave the field, or after the lease time without
 * a keystroke.
 */
@Service
public class PresenceService {

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration timeout;
    private final Duration lease;
    private final Duration retention;

    private final Object lock = new Object();
    private final Map<UUID, Map<String, Connection>> connections = new HashMap<>();
    private final Map<UUID, Map<String, Lease>> leases = new HashMap<>();

    PresenceService(ApplicationEventPublisher events, Clock clock,
                    @Value("${samtalebordet.presence.timeout:PT12S}") Duration timeout,
                    @Value("${samtalebordet.presence.typing-lease:PT8S}") Duration lease,
                    @Value("${samtalebordet.presence.retention:PT1H}") Duration retention) {
        this.events = events;
        this.clock = clock;
        this.timeout = timeout;
        this.lease = lease;
        this.retention = retention;
    }

    /** Where in the conversation an open page is: at the table itself, or on one of its other pages. */
    public enum Place {
        TABLE, PLAN, PREPARATION
    }

    /** An open page; away while it has not been heard from for the timeout. Guarded by the lock. */
    private static final class Connection {
        private final long personId;
        private final Place place;
        private final Supplier<Instant> lastSeen;
        private boolean away;

        private Connection(long personId, Place place, Supplier<Instant> lastSeen) {
            this.personId = personId;
            this.place = place;
            this.lastSeen = lastSeen;
        }
    }

    private record Lease(long personId, Instant until) {
    }

    /**
     * Opens a connection of a participant (who must have been checked to be one) at a place in the conversation.
     *
     * @param lastSeen when the connection was last heard from, for noticing a lost network
     * @return the connection id, to pass to {@link #leave}
     */
    public String join(UUID conversationId, long personId, Place place, Supplier<Instant> lastSeen) {
        String connectionId = UUID.randomUUID().toString();
        synchronized (lock) {
            connections.computeIfAbsent(conversationId, c -> new LinkedHashMap<>())
                    .put(connectionId, new Connection(personId, place, lastSeen));
        }
        publishPresence(conversationId);
        return connectionId;
    }

    public void leave(UUID conversationId, String connectionId) {
        Connection gone;
        synchronized (lock) {
            Map<String, Connection> open = connections.get(conversationId);
            gone = open == null ? null : open.remove(connectionId);
            if (open != null && open.isEmpty()) {
                connections.remove(conversationId);
            }
        }
        if (gone != null) {
            releaseAllOf(conversationId, gone.personId);
            publishPresence(conversationId);
        }
    }

    /** The participants with a page of the conversation open and heard from, in the order they arrived. */
    public List<Long> present(UUID conversationId) {
        return List.copyOf(presence(conversationId).keySet());
    }

    /**
     * Where each participant with a page of the conversation open and heard from is, in the order they arrived:
     * at the table when any of their pages is the table, otherwise on the plan or the preparation.
     */
    public Map<Long, Place> presence(UUID conversationId) {
        Map<Long, Place> where = new LinkedHashMap<>();
        synchronized (lock) {
            connections.getOrDefault(conversationId, Map.of()).values().stream().filter(c -> !c.away)
                    .forEach(c -> where.merge(c.personId, c.place, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        return where;
    }

    /** Who types in each field right now. */
    public Map<String, Long> typing(UUID conversationId) {
        Instant now = clock.instant();
        Map<String, Long> result = new HashMap<>();
        synchronized (lock) {
            leases.getOrDefault(conversationId, Map.of()).forEach((field, l) -> {
                if (l.until().isAfter(now)) {
                    result.put(field, l.personId());
                }
            });
        }
        return result;
    }

    /**
     * Takes or renews the typing lease on a field.
     *
     * @return empty when the person holds the field now, or the person who holds it instead
     */
    public Optional<Long> claim(UUID conversationId, String field, long personId) {
        Instant now = clock.instant();
        boolean changed;
        synchronized (lock) {
            Map<String, Lease> fields = leases.computeIfAbsent(conversationId, c -> new HashMap<>());
            Lease current = fields.get(field);
            if (current != null && current.personId() != personId && current.until().isAfter(now)) {
                return Optional.of(current.personId());
            }
            changed = current == null || current.personId() != personId || !current.until().isAfter(now);
            fields.put(field, new Lease(personId, now.plus(lease)));
        }
        if (changed) {
            events.publishEvent(new TypingChanged(conversationId, field, personId));
        }
        return Optional.empty();
    }

    /** The person who holds a field's lease, if it is someone else than the given person. */
    public Optional<Long> heldByOther(UUID conversationId, String field, long personId) {
        Instant now = clock.instant();
        synchronized (lock) {
            Lease current = leases.getOrDefault(conversationId, Map.of()).get(field);
            if (current != null && current.personId() != personId && current.until().isAfter(now)) {
                return Optional.of(current.personId());
            }
        }
        return Optional.empty();
    }

    public void release(UUID conversationId, String field, long personId) {
        boolean released = false;
        synchronized (lock) {
            Map<String, Lease> fields = leases.get(conversationId);
            if (fields != null && fields.get(field) != null && fields.get(field).personId() == personId) {
                fields.remove(field);
                released = true;
            }
        }
        if (released) {
            events.publishEvent(new TypingChanged(conversationId, field, null));
        }
    }

    private void releaseAllOf(UUID conversationId, long personId) {
        if (presence(conversationId).get(personId) == Place.TABLE) {
            return; // another tab of theirs is still at the table
        }
        List<String> fields = new ArrayList<>();
        synchronized (lock) {
            leases.getOrDefault(conversationId, Map.of()).forEach((field, l) -> {
                if (l.personId() == personId) {
                    fields.add(field);
                }
            });
        }
        fields.forEach(field -> release(conversationId, field, personId));
    }

    /**
     * Marks connections not heard from within the timeout as away and those heard from again as here, forgets
     * those not heard from within the retention time, and ends typing leases that ran out. Everybody in a
     * conversation whose presence changed is told.
     */
    @Scheduled(fixedDelayString = "${samtalebordet.presence.sweep:PT2S}")
    public void sweep() {
        Instant now = clock.instant();
        Instant deadline = now.minus(timeout);
        Instant forgotten = now.minus(retention);
        Map<UUID, List<String>> stale = new HashMap<>();
        Map<UUID, List<Long>> changed = new HashMap<>();
        Map<UUID, List<String>> expired = new HashMap<>();
        synchronized (lock) {
            connections.forEach((conversation, open) -> open.forEach((id, c) -> {
                Instant seen = c.lastSeen.get();
                if (seen != null && seen.isBefore(forgotten)) {
                    stale.computeIfAbsent(conversation, k -> new ArrayList<>()).add(id);
                } else if (c.away != (seen != null && seen.isBefore(deadline))) {
                    c.away = !c.away;
                    changed.computeIfAbsent(conversation, k -> new ArrayList<>()).add(c.personId);
                }
            }));
            leases.forEach((conversation, fields) -> fields.forEach((field, l) -> {
                if (!l.until().isAfter(now)) {
                    expired.computeIfAbsent(conversation, k -> new ArrayList<>()).add(field);
                }
            }));
            expired.forEach((conversation, fields) -> fields.forEach(f -> leases.get(conversation).remove(f)));
        }
        stale.forEach((conversation, ids) -> ids.forEach(id -> leave(conversation, id)));
        changed.forEach((conversation, people) -> {
            people.stream().distinct().forEach(person -> releaseAllOf(conversation, person));
            publishPresence(conversation);
        });
        expired.forEach((conversation, fields) -> fields.forEach(
                f -> events.publishEvent(new TypingChanged(conversation, f, null))));
    }

    private void publishPresence(UUID conversationId) {
        events.publishEvent(new PresenceChanged(conversationId));
    }

    /** The field key of a perspective's shared notes. */
    public static String noteField(long perspectiveId) {
        return "note:" + perspectiveId;
    }

    /** The field key of an existing agreement row. */
    public static String agreementField(UUID agreementId) {
        return "agreement:" + Objects.requireNonNull(agreementId);
    }
}
