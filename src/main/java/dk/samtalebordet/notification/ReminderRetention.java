package dk.samtalebordet.notification;

import dk.samtalebordet.retention.RetainedData;
import dk.samtalebordet.retention.RetentionRules;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reminders {@link RetentionRules#reminders()} after they were sent. By then what they were about is over (a
 * conversation within 3 days, a follow-up within 7), so deleting one never makes it be sent again.
 */
@Component
@Order(50)
class ReminderRetention implements RetainedData {

    private final JdbcClient jdbc;

    ReminderRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "reminders";
    }

    @Override
    public int due(RetentionRules rules, Instant now) {
        return jdbc.sql("select count(*) from reminder where created_at < ?")
                .param(Timestamp.from(RetentionRules.before(now, rules.reminders()))).query(Integer.class).single();
    }

    @Override
    public int delete(RetentionRules rules, Instant now) {
        return jdbc.sql("delete from reminder where created_at < ?")
                .param(Timestamp.from(RetentionRules.before(now, rules.reminders()))).update();
    }
}
