package dk.samtalebordet.preparation;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's private notes go on erasure, and their preparations of conversations not locked (a locked plan's stikord are part of the plan). */
@Component
class PreparationErasure {

    private final JdbcClient jdbc;

    PreparationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("delete from private_note where person_id = ?").param(id).update();
        jdbc.sql("delete from preparation where person_id = ? and conversation_id in (select id from conversation where status <> 'LOCKED')").param(id).update();
    }
}
