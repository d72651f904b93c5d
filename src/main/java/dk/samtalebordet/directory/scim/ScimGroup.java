package dk.samtalebordet.directory.scim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A group the identity provider pushed, with its members (persons of the SCIM source). */
@Entity
@Table(name = "scim_group")
class ScimGroup {

    @Id
    private String id;
    private String displayName;
    private String externalId;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scim_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "person_id")
    private Set<Long> members = new HashSet<>();

    protected ScimGroup() {
    }

    ScimGroup(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    String displayName() {
        return displayName;
    }

    String externalId() {
        return externalId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> members() {
        return Set.copyOf(members);
    }

    void set(String displayName, String externalId, Set<Long> members, Instant now) {
        this.displayName = displayName;
        this.externalId = externalId;
        this.members = new HashSet<>(members);
        this.updatedAt = now;
    }
}
