package dk.samtalebordet.notification;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's reminders go on erasure. */
@Component
class ReminderErasure {

    private final JdbcClient jdbc;

    ReminderErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("delete from reminder where person_id = ?").param(id).update();
    }
}
