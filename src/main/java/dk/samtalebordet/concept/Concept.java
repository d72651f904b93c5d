package dk.samtalebordet.concept;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One version of a concept. It has no setters: once stored it never changes, so a conversation held with it
 * always sees what it was created with. An edit is a new version ({@link ConceptService#revise}).
 */
@Entity
@Table(name = "concept")
class Concept {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concept_key")
    private String key;
    private int version;
    private String name;
    private String organisation;
    private String description;
    private String contentHash;
    private Instant createdAt;
    private String createdBy;
    /** The org unit a workplace's own version belongs to; null for the concept everybody shares. */
    private Long orgUnitId;

    @ElementCollection
    @CollectionTable(name = "concept_kind", joinColumns = @JoinColumn(name = "concept_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<ConversationKind> kinds = EnumSet.noneOf(ConversationKind.class);

    @ElementCollection
    @CollectionTable(name = "concept_agreement_prompt", joinColumns = @JoinColumn(name = "concept_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> agreementPrompts = new ArrayList<>();

    @OneToMany(mappedBy = "concept", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PerspectiveEntity> perspectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "concept_stikord", joinColumns = @JoinColumn(name = "concept_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> stikord = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "concept_picture", joinColumns = @JoinColumn(name = "concept_id"))
    @OrderColumn(name = "position")
    private List<PictureRow> pictures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "concept_guidance", joinColumns = @JoinColumn(name = "concept_id"))
    @OrderColumn(name = "position")
    private List<GuidanceRow> guidance = new ArrayList<>();

    protected Concept() {
    }

    Concept(ConceptDefinition definition, List<Picture> resolvedPictures, String contentHash, Instant createdAt,
            String createdBy) {
        this.key = definition.key();
        this.version = definition.version();
        this.name = definition.name();
        this.organisation = definition.organisation();
        this.description = definition.description();
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.kinds = definition.kinds().isEmpty() ? EnumSet.noneOf(ConversationKind.class)
                : EnumSet.copyOf(definition.kinds());
        this.agreementPrompts = new ArrayList<>(definition.agreementPrompts());
        int position = 0;
        for (ConceptDefinition.PerspectiveDefinition p : definition.perspectives()) {
            perspectives.add(new PerspectiveEntity(this, position++, p));
        }
        this.stikord = new ArrayList<>(definition.stikord());
        resolvedPictures.forEach(p -> pictures.add(new PictureRow(p.code(), p.fileName(), p.title(), p.altText())));
        definition.guidance().forEach(g -> guidance.add(new GuidanceRow(g.audience(), g.title(), g.body())));
    }

    void belongsTo(Long unitId) {
        this.orgUnitId = unitId;
    }

    Long getOrgUnitId() {
        return orgUnitId;
    }

    Long getId() {
        return id;
    }

    String getKey() {
        return key;
    }

    int getVersion() {
        return version;
    }

    String getContentHash() {
        return contentHash;
    }

    ConceptDefinition toDefinition() {
        return new ConceptDefinition(key, version, name, organisation, kinds, description, agreementPrompts,
                perspectives.stream().map(PerspectiveEntity::toDefinition).toList(),
                stikord,
                pictures.stream().map(p -> p.code).toList(),
                guidance.stream().map(GuidanceRow::toDefinition).toList());
    }

    ConceptDetails toDetails() {
        return new ConceptDetails(id, key, version, name, organisation, kinds, description,
                List.copyOf(agreementPrompts),
                perspectives.stream().map(PerspectiveEntity::toDetails).toList(),
                List.copyOf(stikord),
                pictures.stream().map(PictureRow::toPicture).toList(),
                guidance.stream().map(GuidanceRow::toDefinition).toList(),
                createdAt, createdBy);
    }

    ConceptSummary toSummary() {
        int questions = perspectives.stream().mapToInt(p -> p.questionCount()).sum();
        return new ConceptSummary(id, key, version, name, organisation, kinds, description, perspectives.size(),
                questions, stikord.size(), pictures.size(), orgUnitId);
    }

    @Embeddable
    static class PictureRow {
        private String code;
        private String fileName;
        private String title;
        private String altText;

        protected PictureRow() {
        }

        PictureRow(String code, String fileName, String title, String altText) {
            this.code = code;
            this.fileName = fileName;
            this.title = title;
            this.altText = altText;
        }

        Picture toPicture() {
            return new Picture(code, fileName, title, altText);
        }
    }

    @Embeddable
    static class GuidanceRow {
        @Enumerated(EnumType.STRING)
        private Audience audience;
        private String title;
        private String body;

        protected GuidanceRow() {
        }

        GuidanceRow(Audience audience, String title, String body) {
            this.audience = audience;
            this.title = title;
            this.body = body;
        }

        ConceptDefinition.GuidanceDefinition toDefinition() {
            return new ConceptDefinition.GuidanceDefinition(audience, title, body);
        }
    }
}
