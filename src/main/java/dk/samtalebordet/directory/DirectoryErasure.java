package dk.samtalebordet.directory;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased person is a member of no provisioned group. */
@Component
class DirectoryErasure {

    private final JdbcClient jdbc;

    DirectoryErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("delete from scim_group_member where person_id = ?").param(id).update();
    }
}
