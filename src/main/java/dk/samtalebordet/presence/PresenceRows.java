package dk.samtalebordet.presence;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Nobody is present in, or types in, a deleted conversation; nor does an erased person anywhere.
 */
@Component
class PresenceRows extends OwnedRows {

    PresenceRows() {
        super(40,
                List.of(
                        "delete from presence_connection where conversation_id = ?",
                        "delete from typing_lease where conversation_id = ?"),
                List.of(
                        "delete from presence_connection where person_id = ?",
                        "delete from typing_lease where person_id = ?"));
    }
}
