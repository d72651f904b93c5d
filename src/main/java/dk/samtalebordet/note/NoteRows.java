package dk.samtalebordet.note;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A conversation's shared notes.
 */
@Component
class NoteRows extends OwnedRows {

    NoteRows() {
        super(40,
                List.of(
                        "delete from conversation_note where conversation_id = ?"),
                List.of());
    }
}
