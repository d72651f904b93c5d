package dk.samtalebordet.people.store;

import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.samtalebordet.shared.Translations.danish;

/**
 * Records the changes made to one person in one go (a run, a correction): each changed field in the change log,
 * with who, when, through which source, before and after; and a Danish description for the run's report.
 */
public final class ChangeRecorder {

    private final PersonChangeRepository log;
    private final Person person;
    private final Source source;
    private final Long actor;
    private final Instant at;
    private final List<String> described = new ArrayList<>();
    private final Set<PersonField> fields = EnumSet.noneOf(PersonField.class);

    public ChangeRecorder(PersonChangeRepository log, Person person, Source source, Long actor, Instant at) {
        this.log = log;
        this.person = person;
        this.source = source;
        this.actor = actor;
        this.at = at;
    }

    /** Records the change when the values differ; returns whether they did. */
    public boolean record(PersonField field, String before, String after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        log.save(new PersonChange(person.getId(), at, actor, source, field, before, after));
        fields.add(field);
        if (field != PersonField.CREATED) {
            described.add(danish("person-field." + field) + ": " + shown(before) + " → " + shown(after));
        }
        return true;
    }

    public boolean changed() {
        return !described.isEmpty();
    }

    public boolean changed(PersonField field) {
        return fields.contains(field);
    }

    public String description() {
        return String.join("; ", described);
    }

    public static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public static String active(boolean active) {
        return danish(active ? "person-state.active" : "person-state.inactive");
    }

    public static String manager(Person manager) {
        return manager == null ? null : manager.getFullName() + " (" + manager.getUsername() + ")";
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "–" : value;
    }
}
