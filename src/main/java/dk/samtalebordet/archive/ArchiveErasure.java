package dk.samtalebordet.archive;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On erasure the person's documents leave their personalemappe; a copy the other party keeps stays theirs. */
@Component
class ArchiveErasure {

    private final JdbcClient jdbc;

    ArchiveErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("delete from archived_document where person_id = ? and holder_id is null").param(id).update();
        jdbc.sql("update archived_document set person_id = null where person_id = ?").param(id).update();
        jdbc.sql("delete from archived_document where holder_id = ? and person_id is null").param(id).update();
        jdbc.sql("update archived_document set holder_id = null where holder_id = ?").param(id).update();
    }
}
