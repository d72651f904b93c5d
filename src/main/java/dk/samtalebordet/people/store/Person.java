package dk.samtalebordet.people.store;

import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
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
import jakarta.persistence.Version;
import org.springframework.lang.Nullable;

import java.util.EnumSet;
import java.util.Set;

/** A person in the organisation: an employee, a leader (who has a leader too), HR or an administrator. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Another transaction's change in between is refused, not overwritten: the run or sign-in reads again. */
    @Version
    private long version;

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
    private boolean mustChangePassword;
    private String language;

    @Enumerated(EnumType.STRING)
    private Source source = Source.LOCAL;

    /** The source's key for this person: the directory DN, the SCIM id or the CSV username. */
    private String externalId;
    private String employeeNumber;

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

    /** A person from a source; name, unit and the rest are set by the synchronisation right after. */
    public Person(Source source, String externalId, String username, String fullName, OrgUnit orgUnit) {
        this.source = source;
        this.externalId = externalId;
        this.username = username;
        this.fullName = fullName;
        this.initials = Initials.of(fullName);
        this.orgUnit = orgUnit;
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

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Source getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    // ---- changed only through the people module's services, which record each change ----

    public void setUsername(String username) {
        this.username = username;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
        this.initials = Initials.of(fullName);
    }

    public void setJobTitle(@Nullable String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public void setEmployeeNumber(@Nullable String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public void setOrgUnit(OrgUnit orgUnit) {
        this.orgUnit = orgUnit;
    }

    public void setManager(@Nullable Person manager) {
        this.manager = manager;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setPassword(String passwordHash, boolean mustChange) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
    }

    public PersonSummary toSummary() {
        return new PersonSummary(id, username, fullName, initials, email, jobTitle,
                orgUnit.getId(), orgUnit.getName(), manager == null ? null : manager.getId(),
                manager == null ? null : manager.getFullName(), getRoles(), active, source);
    }
}
