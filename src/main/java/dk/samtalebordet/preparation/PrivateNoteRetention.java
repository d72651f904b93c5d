package dk.samtalebordet.preparation;

import dk.samtalebordet.retention.RetainedData;
import dk.samtalebordet.retention.RetentionRules;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Private preparation notes, once their conversation was locked or cancelled {@link RetentionRules#privateNotes()}
 * ago (by default at the first run after): they were for the author's own preparation, and the plan is what is
 * kept. The chosen stikord are part of the plan and stay.
 */
@Component
@Order(10)
class PrivateNoteRetention implements RetainedData {

    private static final String DUE = " from private_note where conversation_id in (select id from conversation "
            + "where (status = 'LOCKED' and locked_at < ?) "
            + "or (status = 'CANCELLED' and coalesce(cancelled_at, starts_at) < ?))";

    private final JdbcClient jdbc;

    PrivateNoteRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "private-notes";
    }

    @Override
    public int due(RetentionRules rules, Instant now) {
        Timestamp before = Timestamp.from(RetentionRules.before(now, rules.privateNotes()));
        return jdbc.sql("select count(*)" + DUE).params(before, before).query(Integer.class).single();
    }

    @Override
    public int delete(RetentionRules rules, Instant now) {
        Timestamp before = Timestamp.from(RetentionRules.before(now, rules.privateNotes()));
        return jdbc.sql("delete" + DUE).params(before, before).update();
    }
}
