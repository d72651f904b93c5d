package dk.samtalebordet.notification;

import dk.samtalebordet.retention.RetentionRules;
import dk.samtalebordet.retention.RowsOlderThan;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminders {@link RetentionRules#reminders()} after they were sent. By then what they were about is over (a
 * conversation within 3 days, a follow-up within 7), so deleting one never makes it be sent again.
 */
@Component
@Order(50)
class ReminderRetention extends RowsOlderThan {

    ReminderRetention(JdbcClient jdbc) {
        super(jdbc, "reminders", RetentionRules::reminders, "from reminder where created_at < ?");
    }
}
