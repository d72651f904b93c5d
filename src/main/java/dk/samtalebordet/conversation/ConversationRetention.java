package dk.samtalebordet.conversation;

import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.retention.RetainedData;
import dk.samtalebordet.retention.RetentionRules;
import dk.samtalebordet.shared.InLists;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The conversations the retention rules delete, with everything of theirs (every module's
 * {@link dk.samtalebordet.shared.OwnedRows}): cancelled and never-held ones after
 * {@link RetentionRules#unheldConversations()}, and locked ones once every participant was deactivated more
 * than {@link RetentionRules#afterDeactivation()} ago (while one of them is employed, the plan is also that
 * person's record).
 */
@Configuration
class ConversationRetention {

    private final JdbcClient jdbc;
    private final ConversationDeletion deletion;
    private final PeopleService people;

    ConversationRetention(JdbcClient jdbc, ConversationDeletion deletion, PeopleService people) {
        this.jdbc = jdbc;
        this.deletion = deletion;
        this.people = people;
    }

    @Bean
    @Order(20)
    RetainedData unheldConversations() {
        return new Rule("conversations", RetentionRules::unheldConversations) {
            @Override
            List<UUID> dueIds(RetentionRules rules, Instant now) {
                Timestamp before = Timestamp.from(RetentionRules.before(now, rules.unheldConversations()));
                return jdbc.sql("select id from conversation where (status = 'CANCELLED' and "
                                + "coalesce(cancelled_at, starts_at) < ?) or (status = 'PLANNED' and starts_at < ?)")
                        .params(before, before).query(UUID.class).list();
            }
        };
    }

    @Bean
    @Order(30)
    RetainedData plansOfFormerEmployees() {
        return new Rule("plans", RetentionRules::afterDeactivation) {
            @Override
            List<UUID> dueIds(RetentionRules rules, Instant now) {
                Set<Long> departed = new HashSet<>(people.deactivatedBefore(
                        RetentionRules.before(now, rules.afterDeactivation())));
                Set<UUID> candidates = new HashSet<>();
                for (List<Long> chunk : InLists.chunks(new ArrayList<>(departed))) {
                    candidates.addAll(jdbc.sql("select distinct p.conversation_id from conversation_participant p "
                                    + "join conversation c on c.id = p.conversation_id where c.status = 'LOCKED' "
                                    + "and p.person_id in (" + InLists.marks(chunk.size()) + ")")
                            .params(new ArrayList<Object>(chunk)).query(UUID.class).list());
                }
                return candidates.stream().filter(c -> departed.containsAll(jdbc.sql(
                                "select person_id from conversation_participant where conversation_id = ?")
                        .param(c).query(Long.class).list())).toList();
            }
        };
    }

    private abstract class Rule implements RetainedData {
        private final String kind;
        private final Function<RetentionRules, Period> period;

        Rule(String kind, Function<RetentionRules, Period> period) {
            this.kind = kind;
            this.period = period;
        }

        @Override
        public Period period(RetentionRules rules) {
            return period.apply(rules);
        }

        abstract List<UUID> dueIds(RetentionRules rules, Instant now);

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int due(RetentionRules rules, Instant now) {
            return dueIds(rules, now).size();
        }

        @Override
        public int delete(RetentionRules rules, Instant now) {
            List<UUID> ids = dueIds(rules, now);
            ids.forEach(deletion::delete);
            return ids.size();
        }
    }
}
