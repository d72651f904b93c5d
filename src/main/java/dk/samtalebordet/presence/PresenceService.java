package dk.samtalebordet.presence;

import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.presence.PresenceEvents.PresenceChanged;
import dk.samtalebordet.presence.PresenceEvents.TypingChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>
 * The pages and leases are kept in a {@link PresenceStore}: this node's memory, or the database shared by several
 * nodes. This node knows when its own pages were last heard from; the store tells what every node knows.
 */
@Service
public class PresenceService {

    private final PresenceStore store;
    private final ConversationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration timeout;
    private final Duration lease;
    private final Duration retention;
    /** This node's open pages, by connection id. */
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PresenceService(PresenceStore store, ConversationAccess access, ApplicationEventPublisher events, Clock clock,
                    @Value("${samtalebordet.presence.timeout:PT12S}") Duration timeout,
                    @Value("${samtalebordet.presence.typing-lease:PT8S}") Duration lease,
                    @Value("${samtalebordet.presence.retention:PT1H}") Duration retention) {
        this.store = store;
        this.access = access;
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

    /** A page open on this node, and how to tell when it was last heard from. */
    private static final class Page {
        private final UUID conversationId;
        private final long personId;
        private final Supplier<Instant> lastSeen;
        private volatile boolean away;

        private Page(UUID conversationId, long personId, Supplier<Instant> lastSeen) {
            this.conversationId = conversationId;
            this.personId = personId;
            this.lastSeen = lastSeen;
        }
    }

    /**
     * Opens a connection of a participant (who must have been checked to be one) at a place in the conversation.
     *
     * @param lastSeen when the connection was last heard from, for noticing a lost network
     * @return the connection id, to pass to {@link #leave}
     */
    public String join(UUID conversationId, long personId, Place place, Supplier<Instant> lastSeen) {
        String connectionId = UUID.randomUUID().toString();
        pages.put(connectionId, new Page(conversationId, personId, lastSeen));
        store.open(conversationId, connectionId, personId, place, clock.instant());
        publishPresence(conversationId);
        return connectionId;
    }

    public void leave(UUID conversationId, String connectionId) {
        Page gone = pages.remove(connectionId);
        if (gone != null) {
            store.close(connectionId);
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
        return store.presence(conversationId);
    }

    /** Who types in each field right now. */
    public Map<String, Long> typing(UUID conversationId) {
        return store.typing(conversationId, clock.instant());
    }

    /**
     * Takes or renews the typing lease on a field.
     *
     * @return empty when the person holds the field now, or the person who holds it instead
     */
    public Optional<Long> claim(UUID conversationId, String field, long personId) {
        Instant now = clock.instant();
        PresenceStore.Claim claim = store.claim(conversationId, field, personId, now, now.plus(lease));
        if (claim.changed()) {
            events.publishEvent(new TypingChanged(conversationId, field, personId));
        }
        return claim.heldBy();
    }

    /** The person who holds a field's lease, if it is someone else than the given person. */
    Optional<Long> heldByOther(UUID conversationId, String field, long personId) {
        return store.holder(conversationId, field, clock.instant()).filter(holder -> holder != personId);
    }

    /** Refuses a save to a field while someone else types in it, naming them; on whichever node they type. */
    public void requireNotHeld(UUID conversationId, String field, long personId) {
        heldByOther(conversationId, field, personId).ifPresent(other -> {
            throw new ConversationException.FieldBusy(access.nameOf(other));
        });
    }

    public void release(UUID conversationId, String field, long personId) {
        if (store.release(conversationId, field, personId)) {
            events.publishEvent(new TypingChanged(conversationId, field, null));
        }
    }

    private void releaseAllOf(UUID conversationId, long personId) {
        if (presence(conversationId).get(personId) == Place.TABLE) {
            return; // another tab of theirs is still at the table
        }
        store.heldBy(conversationId, personId).forEach(field -> release(conversationId, field, personId));
    }

    /**
     * Marks this node's connections not heard from within the timeout as away and those heard from again as
     * here, forgets those not heard from within the retention time, vouches for the rest, forgets the pages of
     * a node that stopped vouching for the timeout, and ends typing leases that ran out. Everybody in a
     * conversation whose presence changed is told.
     */
    @Scheduled(fixedDelayString = "${samtalebordet.presence.sweep:PT2S}")
    public void sweep() {
        Instant now = clock.instant();
        Instant deadline = now.minus(timeout);
        Instant forgotten = now.minus(retention);
        Map<UUID, Set<Long>> changed = new HashMap<>();
        pages.forEach((id, page) -> {
            Instant seen = page.lastSeen.get();
            if (seen != null && seen.isBefore(forgotten)) {
                leave(page.conversationId, id);
            } else if (page.away != (seen != null && seen.isBefore(deadline))) {
                page.away = !page.away;
                store.setAway(id, page.away);
                changed.computeIfAbsent(page.conversationId, k -> new HashSet<>()).add(page.personId);
            }
        });
        store.vouch(now);
        store.forgetUnvouched(deadline).forEach(conversation ->
                changed.computeIfAbsent(conversation, k -> new HashSet<>()));
        changed.forEach((conversation, people) -> {
            people.forEach(person -> releaseAllOf(conversation, person));
            publishPresence(conversation);
        });
        store.expire(now).forEach((conversation, fields) -> fields.forEach(
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
