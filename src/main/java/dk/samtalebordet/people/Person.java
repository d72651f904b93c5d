package dk.samtalebordet.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import java.util.EnumSet;
import java.util.Set;

/** A person in the organisation: an employee, a leader (who has a leader too), HR or an administrator. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String fullName;
    private String initials;
    private String email;
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    private OrgUnit orgUnit;

    /** The personaleleder: the leader who holds this person's MUS. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    private String passwordHash;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    public Person(String username, String fullName, String initials, String email, String jobTitle,
                  OrgUnit orgUnit, Person manager, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.fullName = fullName;
        this.initials = initials;
        this.email = email;
        this.jobTitle = jobTitle;
        this.orgUnit = orgUnit;
        this.manager = manager;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getInitials() {
        return initials;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Person getManager() {
        return manager;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    PersonSummary toSummary() {
        return new PersonSummary(id, username, fullName, initials, email, jobTitle,
                orgUnit.getId(), orgUnit.getName(), manager == null ? null : manager.getId(),
                manager == null ? null : manager.getFullName(), getRoles());
    }
}
