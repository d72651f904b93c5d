package dk.samtalebordet.organisation;

import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.store.ChangeRecorder;
import dk.samtalebordet.people.store.Person;
import java.util.Locale;
import java.util.Set;

/** One entry of a run, normalised, with what the planning found out about it. */
final class Candidate {

    final String key;
    final String username;
    final String fullName;
    final String jobTitle;
    final String email;
    final String employeeNumber;
    final String orgUnit;
    final String managerRef;
    final boolean active;
    final Set<Role> roles;

    /** The stored person this entry describes, or null for a new one. */
    Person existing;
    /** The personaleleder when they are in the same run, else {@link #managerPerson}. */
    Candidate managerCandidate;
    Person managerPerson;
    /** Why the entry is refused (Danish), or null while it is accepted. */
    String refusal;
    /** The person once applied, and what was changed of them. */
    Person person;
    ChangeRecorder edit;

    Candidate(DirectoryEntry entry) {
        key = clean(entry.key()) == null ? "" : clean(entry.key());
        username = clean(entry.username());
        fullName = clean(entry.fullName());
        jobTitle = clean(entry.jobTitle());
        email = clean(entry.email());
        employeeNumber = clean(entry.employeeNumber());
        orgUnit = clean(entry.orgUnit());
        managerRef = clean(entry.managerRef());
        active = entry.active();
        roles = entry.roles() == null ? null : Set.copyOf(entry.roles());
        refusal = entry.problem();
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    boolean accepted() {
        return refusal == null;
    }

    void refuse(String reason) {
        if (refusal == null) {
            refusal = reason;
        }
    }

    /** How the entry is named in a report: its username and name, or what there is of them. */
    String subject() {
        if (username != null && fullName != null) {
            return username + " (" + fullName + ")";
        }
        return username != null ? username : fullName != null ? fullName : key;
    }
}
