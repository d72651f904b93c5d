package dk.samtalebordet.directory;

import dk.samtalebordet.shared.OwnedRows;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An erased person is a member of no provisioned group.
 */
@Component
class DirectoryRows extends OwnedRows {

    DirectoryRows() {
        super(40,
                List.of(),
                List.of(
                        "delete from scim_group_member where person_id = ?"));
    }
}
