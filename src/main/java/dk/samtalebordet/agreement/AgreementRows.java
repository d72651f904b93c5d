package dk.samtalebordet.agreement;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A conversation's agreements (a later plan that followed one up keeps its own, without the link back); on
 * erasure, agreements of open group conversations no longer name the person (a locked plan's stay as approved).
 */
@Component
class AgreementRows extends OwnedRows {

    AgreementRows() {
        super(40,
                List.of(
                        "update agreement set carried_from_id = null where carried_from_id in (select id "
                                + "from agreement where conversation_id = ?)",
                        "delete from agreement_status where agreement_id in (select id from agreement where "
                                + "conversation_id = ?)",
                        "delete from agreement where conversation_id = ?"),
                List.of(
                        "update agreement set for_person_id = null where for_person_id = ? and "
                                + "conversation_id in (select id from conversation where status <> 'LOCKED')"));
    }
}
