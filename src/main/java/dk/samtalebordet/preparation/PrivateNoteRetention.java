package dk.samtalebordet.preparation;

import dk.samtalebordet.retention.RetentionRules;
import dk.samtalebordet.retention.RowsOlderThan;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Private preparation notes, once their conversation was locked or cancelled {@link RetentionRules#privateNotes()}
 * ago (by default at the first run after): they were for the author's own preparation, and the plan is what is
 * kept. The chosen stikord are part of the plan and stay.
 */
@Component
@Order(10)
class PrivateNoteRetention extends RowsOlderThan {

    PrivateNoteRetention(JdbcClient jdbc) {
        super(jdbc, "private-notes", RetentionRules::privateNotes, "from private_note where conversation_id in "
                + "(select id from conversation where (status = 'LOCKED' and locked_at < ?) "
                + "or (status = 'CANCELLED' and coalesce(cancelled_at, starts_at) < ?))");
    }
}
