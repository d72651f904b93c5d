package dk.samtalebordet.plan;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A conversation's approvals and plan state.
 */
@Component
class PlanRows extends OwnedRows {

    PlanRows() {
        super(40,
                List.of(
                        "delete from plan_approval where conversation_id = ?",
                        "delete from plan_state where conversation_id = ?"),
                List.of());
    }
}
