package dk.samtalebordet.presence;

import dk.samtalebordet.presence.PresenceService.Place;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link PresenceStore} shared by the nodes of one database: each page is a row of the node that serves it,
 * which vouches for its rows at every sweep; a node that stops (killed, cut off) stops vouching, and the other
 * nodes forget its pages after the timeout. A lease is one row per field, taken under the row's lock, so two
 * nodes never both give it out.
 */
class DatabasePresenceStore implements PresenceStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String node;

    DatabasePresenceStore(JdbcClient jdbc, PlatformTransactionManager transactions, String node) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = node;
    }

    @Override
    public void open(UUID conversationId, String connectionId, long personId, Place place, Instant now) {
        jdbc.sql("insert into presence_connection (connection_id, conversation_id, person_id, place, node, "
                        + "opened_at, vouched_at, away) values (?, ?, ?, ?, ?, ?, ?, false)")
                .params(connectionId, conversationId, personId, place.name(), node, at(now), at(now)).update();
    }

    @Override
    public void close(String connectionId) {
        jdbc.sql("delete from presence_connection where connection_id = ?").param(connectionId).update();
    }

    @Override
    public void setAway(String connectionId, boolean away) {
        jdbc.sql("update presence_connection set away = ? where connection_id = ?").params(away, connectionId)
                .update();
    }

    @Override
    public void vouch(Instant now) {
        jdbc.sql("update presence_connection set vouched_at = ? where node = ?").params(at(now), node).update();
    }

    @Override
    public Set<UUID> forgetUnvouched(Instant before) {
        return transaction.execute(status -> {
            Set<UUID> conversations = new HashSet<>(jdbc.sql("select distinct conversation_id from "
                    + "presence_connection where vouched_at < ?").param(at(before)).query(UUID.class).list());
            if (!conversations.isEmpty()) {
                jdbc.sql("delete from presence_connection where vouched_at < ?").param(at(before)).update();
            }
            return conversations;
        });
    }

    @Override
    public Map<Long, Place> presence(UUID conversationId) {
        Map<Long, Place> where = new LinkedHashMap<>();
        jdbc.sql("select person_id, place from presence_connection where conversation_id = ? and not away "
                        + "order by opened_at, connection_id").param(conversationId)
                .query((rs, i) -> Map.entry(rs.getLong(1), Place.valueOf(rs.getString(2)))).list()
                .forEach(e -> where.merge(e.getKey(), e.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        return where;
    }

    private record Lease(long personId, Instant until) {
    }

    @Override
    public Claim claim(UUID conversationId, String field, long personId, Instant now, Instant until) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Optional<Lease> current = jdbc.sql("select person_id, held_until from typing_lease "
                                    + "where conversation_id = ? and field = ? for update").params(conversationId, field)
                            .query((rs, i) -> new Lease(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
                    if (current.isPresent() && current.get().personId() != personId
                            && current.get().until().isAfter(now)) {
                        return new Claim(Optional.of(current.get().personId()), false);
                    }
                    if (current.isEmpty()) {
                        jdbc.sql("insert into typing_lease (conversation_id, field, person_id, held_until) "
                                + "values (?, ?, ?, ?)").params(conversationId, field, personId, at(until)).update();
                    } else {
                        jdbc.sql("update typing_lease set person_id = ?, held_until = ? where conversation_id = ? "
                                + "and field = ?").params(personId, at(until), conversationId, field).update();
                    }
                    boolean changed = current.isEmpty() || current.get().personId() != personId
                            || !current.get().until().isAfter(now);
                    return new Claim(Optional.empty(), changed);
                });
            } catch (DuplicateKeyException raced) {
                if (attempt == 3) {
                    throw raced; // another node inserted the row first each time: never seen, but never looped
                }
            }
        }
    }

    @Override
    public Optional<Long> holder(UUID conversationId, String field, Instant now) {
        return jdbc.sql("select person_id from typing_lease where conversation_id = ? and field = ? "
                + "and held_until > ?").params(conversationId, field, at(now)).query(Long.class).optional();
    }

    @Override
    public boolean release(UUID conversationId, String field, long personId) {
        return jdbc.sql("delete from typing_lease where conversation_id = ? and field = ? and person_id = ?")
                .params(conversationId, field, personId).update() > 0;
    }

    @Override
    public List<String> heldBy(UUID conversationId, long personId) {
        return jdbc.sql("select field from typing_lease where conversation_id = ? and person_id = ?")
                .params(conversationId, personId).query(String.class).list();
    }

    @Override
    public Map<String, Long> typing(UUID conversationId, Instant now) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("select field, person_id from typing_lease where conversation_id = ? and held_until > ?")
                .params(conversationId, at(now))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    @Override
    public Map<UUID, List<String>> expire(Instant now) {
        return transaction.execute(status -> {
            Map<UUID, List<String>> expired = new HashMap<>();
            jdbc.sql("select conversation_id, field from typing_lease where held_until <= ? for update")
                    .param(at(now)).query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .list().forEach(e -> expired.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                            .add(e.getValue()));
            if (!expired.isEmpty()) {
                jdbc.sql("delete from typing_lease where held_until <= ?").param(at(now)).update();
            }
            return expired;
        });
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
