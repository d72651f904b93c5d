package dk.samtalebordet.archive;

import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.retention.RetainedData;
import dk.samtalebordet.retention.RetentionRules;
import dk.samtalebordet.shared.InLists;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Filed documents once everybody who keeps one left more than {@link RetentionRules#afterDeactivation()} ago: the
 * employee whose personalemappe holds it and the leader who keeps it. While one of them is employed, it is also
 * their record and stays.
 */
@Component
@Order(40)
class PersonnelFileRetention implements RetainedData {

    private final JdbcClient jdbc;
    private final PeopleService people;

    PersonnelFileRetention(JdbcClient jdbc, PeopleService people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public String kind() {
        return "personnel-files";
    }

    @Override
    public Period period(RetentionRules rules) {
        return rules.afterDeactivation();
    }

    @Override
    public int due(RetentionRules rules, Instant now) {
        return dueIds(rules, now).size();
    }

    @Override
    public int delete(RetentionRules rules, Instant now) {
        List<UUID> due = dueIds(rules, now);
        for (List<UUID> chunk : InLists.chunks(due)) {
            jdbc.sql("delete from archived_document where id in (" + InLists.marks(chunk.size()) + ")")
                    .params(new ArrayList<Object>(chunk)).update();
        }
        return due.size();
    }

    private List<UUID> dueIds(RetentionRules rules, Instant now) {
        Set<Long> departed = new HashSet<>(people.deactivatedBefore(
                RetentionRules.before(now, rules.afterDeactivation())));
        List<UUID> due = new ArrayList<>();
        for (List<Long> chunk : InLists.chunks(new ArrayList<>(departed))) {
            String marks = InLists.marks(chunk.size());
            List<Object> twice = new ArrayList<>(chunk);
            twice.addAll(chunk);
            jdbc.sql("select id, person_id, holder_id from archived_document where person_id in (" + marks
                            + ") or holder_id in (" + marks + ")").params(twice)
                    .query((rs, i) -> {
                        Long person = rs.getObject(2, Long.class);
                        Long holder = rs.getObject(3, Long.class);
                        if ((person == null || departed.contains(person))
                                && (holder == null || departed.contains(holder))) {
                            due.add(rs.getObject(1, UUID.class));
                        }
                        return null;
                    }).list();
        }
        return due.stream().distinct().toList();
    }
}
