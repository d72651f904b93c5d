package dk.samtalebordet.preparation;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A conversation's preparations and private notes; on erasure the person's private notes, and their
 * preparations of conversations not locked (a locked plan's stikord are part of the plan).
 */
@Component
class PreparationRows extends OwnedRows {

    PreparationRows() {
        super(40,
                List.of(
                        "delete from private_note where conversation_id = ?",
                        "delete from preparation where conversation_id = ?"),
                List.of(
                        "delete from private_note where person_id = ?",
                        "delete from preparation where person_id = ? and conversation_id in (select id from "
                                + "conversation where status <> 'LOCKED')"));
    }
}
