package dk.samtalebordet.people.store;

import dk.samtalebordet.people.Source;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An organisational unit: a department, a centre or a team. A unit from a source is known by its name there
 * (the directory's {@code department}); it is deactivated when no active person of that source is in it.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    private Source source = Source.LOCAL;

    private boolean active = true;

    protected OrgUnit() {
    }

    public OrgUnit(String name, OrgUnit parent) {
        this.name = name;
        this.parent = parent;
    }

    public OrgUnit(String name, Source source) {
        this.name = name;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Source getSource() {
        return source;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
