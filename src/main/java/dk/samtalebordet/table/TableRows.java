package dk.samtalebordet.table;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What the live table holds of a conversation: its question pieces, picture pieces and stikord.
 */
@Component
class TableRows extends OwnedRows {

    TableRows() {
        super(40,
                List.of(
                        "delete from conversation_question where conversation_id = ?",
                        "delete from conversation_piece where conversation_id = ?"),
                List.of());
    }
}
