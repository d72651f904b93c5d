package dk.samtalebordet.presence;

import dk.samtalebordet.presence.PresenceService.Place;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where the open pages and the typing leases of every conversation are kept: in this node's memory for one node,
 * in the database for several, so that who is here and who types where is the same on every node, and a lease
 * taken on one node is honoured by a save on another. {@link PresenceService} holds the rules.
 */
interface PresenceStore {

    /** A page opened by a participant at a place in the conversation. */
    void open(UUID conversationId, String connectionId, long personId, Place place, Instant now);

    /** The page closed. */
    void close(String connectionId);

    /** The page has not been heard from for the timeout (away), or is heard from again. */
    void setAway(String connectionId, boolean away);

    /** This node still has its pages open: for a store shared by nodes, which forgets a dead node's pages. */
    void vouch(Instant now);

    /** Forgets the pages whose node stopped vouching for them before the time; their conversations. */
    Set<UUID> forgetUnvouched(Instant before);

    /**
     * Where each participant with a page open and not away is, in the order they arrived: at the table when any of
     * their pages is the table, otherwise on the plan or the preparation.
     */
    Map<Long, Place> presence(UUID conversationId);

    /** Takes or renews a field's lease until the time, unless someone else holds it now. */
    Claim claim(UUID conversationId, String field, long personId, Instant now, Instant until);

    /** Who holds the field's lease now. */
    Optional<Long> holder(UUID conversationId, String field, Instant now);

    /** Ends the person's lease on the field; whether they held it. */
    boolean release(UUID conversationId, String field, long personId);

    /** The fields whose lease the person holds in the conversation. */
    List<String> heldBy(UUID conversationId, long personId);

    /** Who types in each field of the conversation now. */
    Map<String, Long> typing(UUID conversationId, Instant now);

    /** Ends the leases that ran out; the fields of each conversation. */
    Map<UUID, List<String>> expire(Instant now);

    /**
     * The outcome of a claim: who holds the field instead (empty: the claimant does), and whether the holder
     * changed, which everybody is told.
     */
    record Claim(Optional<Long> heldBy, boolean changed) {
    }
}
