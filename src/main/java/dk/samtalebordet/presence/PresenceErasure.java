package dk.samtalebordet.presence;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased person is present nowhere and types nowhere. */
@Component
class PresenceErasure {

    private final JdbcClient jdbc;

    PresenceErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("delete from presence_connection where person_id = ?").param(id).update();
        jdbc.sql("delete from typing_lease where person_id = ?").param(id).update();
    }
}
