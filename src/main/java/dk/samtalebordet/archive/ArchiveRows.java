package dk.samtalebordet.archive;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A conversation's filed documents (a locked one is deleted only once nobody employed is a party to it); on
 * erasure the person's documents leave their personalemappe, and a copy the other party keeps stays theirs.
 */
@Component
class ArchiveRows extends OwnedRows {

    ArchiveRows() {
        super(40,
                List.of(
                        "delete from archived_document where conversation_id = ?"),
                List.of(
                        "delete from archived_document where person_id = ? and holder_id is null",
                        "update archived_document set person_id = null where person_id = ?",
                        "delete from archived_document where holder_id = ? and person_id is null",
                        "update archived_document set holder_id = null where holder_id = ?"));
    }
}
