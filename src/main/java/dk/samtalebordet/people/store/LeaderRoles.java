package dk.samtalebordet.people.store;

import dk.samtalebordet.people.PersonField;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.people.Source;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person is a leader when an active person has them as personaleleder: {@link Role#LEDER} follows the data
 * after every change of the organisation, whatever its source, and each change of it is recorded.
 */
public final class LeaderRoles {

    private LeaderRoles() {
    }

    public static void follow(PersonRepository persons, PersonChangeRepository log, Source source, Long actor,
                              Instant now) {
        persons.flush();
        update(persons.findAllWithRoles(), Set.copyOf(persons.findLeaderIds()), log, source, actor, now);
    }

    /** The same for a few persons, after a correction by hand. */
    public static void followFor(PersonRepository persons, PersonChangeRepository log, Collection<Long> ids,
                                 Long actor, Instant now) {
        persons.flush();
        update(persons.findByIdIn(ids), Set.copyOf(persons.findLeaderIds()), log, Source.LOCAL, actor, now);
    }

    private static void update(Collection<Person> candidates, Set<Long> leaders, PersonChangeRepository log,
                               Source source, Long actor, Instant now) {
        for (Person person : candidates) {
            boolean leads = leaders.contains(person.getId());
            if (leads != person.getRoles().contains(Role.LEDER)) {
                Set<Role> roles = person.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                        : EnumSet.copyOf(person.getRoles());
                if (leads) {
                    roles.add(Role.LEDER);
                } else {
                    roles.remove(Role.LEDER);
                }
                new ChangeRecorder(log, person, source, actor, now).record(PersonField.ROLES,
                        ChangeRecorder.roles(person.getRoles()), ChangeRecorder.roles(roles));
                person.setRoles(roles);
            }
        }
    }
}
