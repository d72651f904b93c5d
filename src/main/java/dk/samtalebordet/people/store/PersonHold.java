package dk.samtalebordet.people.store;

import dk.samtalebordet.people.PersonField;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * A field an administrator corrected by hand. The source's value is not applied over it: it is kept here, and a
 * difference is shown as a conflict until the administrator keeps the correction or takes the source's value.
 */
@Entity
@Table(name = "person_hold")
public class PersonHold {

    @EmbeddedId
    private Key key;

    private String sourceValue;
    private String sourceKey;
    private Instant heldAt;
    private long heldBy;

    protected PersonHold() {
    }

    public PersonHold(long personId, PersonField field, String sourceValue, String sourceKey, Instant heldAt,
                      long heldBy) {
        this.key = new Key(personId, field);
        this.sourceValue = sourceValue;
        this.sourceKey = sourceKey;
        this.heldAt = heldAt;
        this.heldBy = heldBy;
    }

    public long personId() {
        return key.personId;
    }

    public PersonField field() {
        return key.field;
    }

    public String sourceValue() {
        return sourceValue;
    }

    /**
     * The source's value in its own form: a unit's name, the manager's key at the source, {@code true} or
     * {@code false}; what a source reading the person back (SCIM) is shown instead of the correction.
     */
    public String sourceKey() {
        return sourceKey;
    }

    public void receivedFromSource(String sourceValue, String sourceKey) {
        this.sourceValue = sourceValue;
        this.sourceKey = sourceKey;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public long heldBy() {
        return heldBy;
    }

    @Embeddable
    public static class Key implements Serializable {
        private long personId;

        @Enumerated(EnumType.STRING)
        private PersonField field;

        protected Key() {
        }

        public Key(long personId, PersonField field) {
            this.personId = personId;
            this.field = field;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && k.field == field;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(personId) * 31 + field.hashCode();
        }
    }
}
