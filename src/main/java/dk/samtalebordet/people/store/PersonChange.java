package dk.samtalebordet.people.store;

import dk.samtalebordet.people.PersonChangeRecord;
import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change of a person: who (null: the source itself), when, through which source, before, after. */
@Entity
@Table(name = "person_change")
public class PersonChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    private Instant changedAt;
    private Long changedBy;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Enumerated(EnumType.STRING)
    private PersonField field;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected PersonChange() {
    }

    public PersonChange(long personId, Instant changedAt, Long changedBy, Source source, PersonField field,
                        String before, String after) {
        this.personId = personId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.source = source;
        this.field = field;
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 499) + "…";
    }

    public PersonChangeRecord toRecord() {
        return new PersonChangeRecord(personId, changedAt, changedBy, source, field, before, after);
    }
}
