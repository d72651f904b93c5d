package dk.samtalebordet.notification;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reminders about a conversation and its agreements (before the agreements go), and an erased person's.
 */
@Component
class ReminderRows extends OwnedRows {

    ReminderRows() {
        super(10,
                List.of(
                        "delete from reminder where subject_id = ? or subject_id in (select id from "
                                + "agreement where conversation_id = ?)"),
                List.of(
                        "delete from reminder where person_id = ?"));
    }
}
