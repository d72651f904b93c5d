package dk.samtalebordet.concept;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.samtalebordet.shared.Sha256;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The concept catalogue. Concept versions are immutable: {@link #revise} stores an edit as a new version and
 * leaves every earlier version, and so every conversation held with it, exactly as it was.
 */
@Service
@Transactional(readOnly = true)
public class ConceptService {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final ConceptRepository concepts;
    private final PictureCatalog pictures;
    private final Clock clock;
    private final Map<Long, ConceptDetails> byId = new ConcurrentHashMap<>();

    ConceptService(ConceptRepository concepts, PictureCatalog pictures, Clock clock) {
        this.concepts = concepts;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** The newest version of every concept, by name. */
    public List<ConceptSummary> catalogue() {
        return concepts.findLatestVersions().stream().map(Concept::toSummary).toList();
    }

    /**
     * One concept version. A stored version never changes, so it is read from the database once and then kept:
     * every live change to a conversation checks its question or perspective against it.
     */
    public Optional<ConceptDetails> find(long id) {
        ConceptDetails known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ConceptDetails> loaded = concepts.findById(id).map(Concept::toDetails);
        loaded.ifPresent(details -> byId.put(id, details));
        return loaded;
    }

    public Optional<ConceptDetails> find(String key, int version) {
        return concepts.findByKeyAndVersion(key, version).map(Concept::toDetails);
    }

    public Optional<ConceptDetails> findLatest(String key) {
        return concepts.findFirstByKeyOrderByVersionDesc(key).map(Concept::toDetails);
    }

    /** Every stored version of a concept, newest first. */
    public List<ConceptSummary> versions(String key) {
        return concepts.findByKeyOrderByVersionDesc(key).stream().map(Concept::toSummary).toList();
    }

    /**
     * Stores an edited copy of the newest version of the given concept as the next version.
     *
     * @param conceptId any version of the concept
     * @param edit      the change, applied to the newest version's content
     * @param editedBy  the username of whoever made the change
     * @return the new version
     */
    @Transactional
    public ConceptDetails revise(long conceptId, UnaryOperator<ConceptDefinition> edit, String editedBy) {
        Concept any = concepts.findById(conceptId)
                .orElseThrow(() -> new IllegalArgumentException("No concept " + conceptId));
        Concept newest = concepts.findFirstByKeyOrderByVersionDesc(any.getKey()).orElseThrow();
        ConceptDefinition edited = edit.apply(newest.toDefinition());
        if (!edited.key().equals(newest.getKey())) {
            throw new IllegalArgumentException("A revision cannot change the concept key");
        }
        return store(edited.withVersion(newest.getVersion() + 1), editedBy).toDetails();
    }

    /**
     * Stores a definition once: an existing key and version is left untouched.
     *
     * @return true when it was stored now, false when that version existed already
     */
    @Transactional
    boolean storeIfAbsent(ConceptDefinition definition, String createdBy) {
        if (concepts.findByKeyAndVersion(definition.key(), definition.version()).isPresent()) {
            return false;
        }
        store(definition, createdBy);
        return true;
    }

    /** The key of an org unit's own version of a concept. */
    static String unitKey(String key, long orgUnitId) {
        return baseKey(key) + "@unit" + orgUnitId;
    }

    private static String baseKey(String key) {
        int at = key.indexOf("@unit");
        return at < 0 ? key : key.substring(0, at);
    }

    /**
     * A leader adds a question for their own org unit under a perspective. It is stored in the unit's own next
     * version of the concept, marked as the workplace's; conversations created afterwards in the unit use it,
     * and those created before keep exactly what they had.
     */
    @Transactional
    public ConceptDetails addWorkplaceQuestion(long conceptId, long orgUnitId, String orgUnitName,
                                               String perspectiveCode, String question, String addedBy) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new ConceptException("concept.error.question-required");
        }
        if (text.length() > 1000) {
            throw new ConceptException("concept.error.question-too-long");
        }
        Concept any = concepts.findById(conceptId).orElseThrow(() -> new ConceptException("concept.error.not-found"));
        String unitKey = unitKey(any.getKey(), orgUnitId);
        Optional<Concept> unitLatest = concepts.findFirstByKeyOrderByVersionDesc(unitKey);
        Concept source = unitLatest.orElseGet(() -> concepts.findFirstByKeyOrderByVersionDesc(baseKey(any.getKey()))
                .orElseThrow());
        if (source.toDefinition().perspectives().stream().noneMatch(p -> p.code().equals(perspectiveCode))) {
            throw new ConceptException("concept.error.perspective");
        }
        int version = unitLatest.map(c -> c.getVersion() + 1).orElse(1);
        Concept stored = store(source.toDefinition().forWorkplace(unitKey, orgUnitName, perspectiveCode, text)
                .withVersion(version), addedBy);
        stored.belongsTo(orgUnitId);
        return stored.toDetails();
    }

    /**
     * The concept version a conversation in the org unit is held with: the unit's own newest version with its
     * workplace questions when there is one, otherwise the given version.
     */
    public ConceptDetails forUnit(long conceptId, long orgUnitId) {
        Concept chosen = concepts.findById(conceptId).orElseThrow(() -> new ConceptException("concept.error.not-found"));
        return concepts.findFirstByKeyOrderByVersionDesc(unitKey(chosen.getKey(), orgUnitId))
                .map(Concept::toDetails).orElse(chosen.toDetails());
    }

    Optional<String> storedHash(String key, int version) {
        return concepts.findByKeyAndVersion(key, version).map(Concept::getContentHash);
    }

    private Concept store(ConceptDefinition definition, String createdBy) {
        Concept concept = new Concept(definition, pictures.resolve(definition.pictures()), hash(definition),
                Instant.now(clock), createdBy);
        return concepts.saveAndFlush(concept);
    }

    static String hash(ConceptDefinition definition) {
        try {
            return Sha256.hex(CANONICAL.writeValueAsString(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
