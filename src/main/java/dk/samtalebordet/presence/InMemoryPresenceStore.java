package dk.samtalebordet.presence;

import dk.samtalebordet.presence.PresenceService.Place;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@link PresenceStore} of a single node: its own pages and leases, under one lock. */
class InMemoryPresenceStore implements PresenceStore {

    private record Page(long personId, Place place, boolean away) {
    }

    private record Lease(long personId, Instant until) {
    }

    private final Object lock = new Object();
    /** Each conversation's open pages by connection id, in the order they opened. */
    private final Map<UUID, Map<String, Page>> pages = new HashMap<>();
    private final Map<String, UUID> conversationOf = new HashMap<>();
    private final Map<UUID, Map<String, Lease>> leases = new HashMap<>();

    @Override
    public void open(UUID conversationId, String connectionId, long personId, Place place, Instant now) {
        synchronized (lock) {
            pages.computeIfAbsent(conversationId, c -> new LinkedHashMap<>())
                    .put(connectionId, new Page(personId, place, false));
            conversationOf.put(connectionId, conversationId);
        }
    }

    @Override
    public void close(String connectionId) {
        synchronized (lock) {
            UUID conversationId = conversationOf.remove(connectionId);
            Map<String, Page> open = conversationId == null ? null : pages.get(conversationId);
            if (open != null) {
                open.remove(connectionId);
                if (open.isEmpty()) {
                    pages.remove(conversationId);
                }
            }
        }
    }

    @Override
    public void setAway(String connectionId, boolean away) {
        synchronized (lock) {
            UUID conversationId = conversationOf.get(connectionId);
            if (conversationId != null) {
                pages.get(conversationId).computeIfPresent(connectionId,
                        (id, p) -> new Page(p.personId(), p.place(), away));
            }
        }
    }

    @Override
    public void vouch(Instant now) {
        // every page here is this node's own
    }

    @Override
    public Set<UUID> forgetUnvouched(Instant before) {
        return Set.of();
    }

    @Override
    public Map<Long, Place> presence(UUID conversationId) {
        Map<Long, Place> where = new LinkedHashMap<>();
        synchronized (lock) {
            pages.getOrDefault(conversationId, Map.of()).values().stream().filter(p -> !p.away())
                    .forEach(p -> where.merge(p.personId(), p.place(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        return where;
    }

    @Override
    public Claim claim(UUID conversationId, String field, long personId, Instant now, Instant until) {
        synchronized (lock) {
            Map<String, Lease> fields = leases.computeIfAbsent(conversationId, c -> new HashMap<>());
            Lease current = fields.get(field);
            if (current != null && current.personId() != personId && current.until().isAfter(now)) {
                return new Claim(Optional.of(current.personId()), false);
            }
            boolean changed = current == null || current.personId() != personId || !current.until().isAfter(now);
            fields.put(field, new Lease(personId, until));
            return new Claim(Optional.empty(), changed);
        }
    }

    @Override
    public Optional<Long> holder(UUID conversationId, String field, Instant now) {
        synchronized (lock) {
            Lease current = leases.getOrDefault(conversationId, Map.of()).get(field);
            return current != null && current.until().isAfter(now) ? Optional.of(current.personId())
                    : Optional.empty();
        }
    }

    @Override
    public boolean release(UUID conversationId, String field, long personId) {
        synchronized (lock) {
            Map<String, Lease> fields = leases.get(conversationId);
            if (fields != null && fields.get(field) != null && fields.get(field).personId() == personId) {
                fields.remove(field);
                return true;
            }
            return false;
        }
    }

    @Override
    public List<String> heldBy(UUID conversationId, long personId) {
        List<String> fields = new ArrayList<>();
        synchronized (lock) {
            leases.getOrDefault(conversationId, Map.of()).forEach((field, l) -> {
                if (l.personId() == personId) {
                    fields.add(field);
                }
            });
        }
        return fields;
    }

    @Override
    public Map<String, Long> typing(UUID conversationId, Instant now) {
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

    @Override
    public Map<UUID, List<String>> expire(Instant now) {
        Map<UUID, List<String>> expired = new HashMap<>();
        synchronized (lock) {
            leases.forEach((conversation, fields) -> fields.forEach((field, l) -> {
                if (!l.until().isAfter(now)) {
                    expired.computeIfAbsent(conversation, k -> new ArrayList<>()).add(field);
                }
            }));
            expired.forEach((conversation, fields) -> fields.forEach(f -> leases.get(conversation).remove(f)));
            leases.values().removeIf(Map::isEmpty);
        }
        return expired;
    }
}
