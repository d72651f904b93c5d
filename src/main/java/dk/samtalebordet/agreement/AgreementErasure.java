package dk.samtalebordet.agreement;

import dk.samtalebordet.people.PersonErasing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agreements of open group conversations that named the person no longer do; a locked plan's stay as approved. */
@Component
class AgreementErasure {

    private final JdbcClient jdbc;

    AgreementErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErasing erasing) {
        long id = erasing.personId();
        jdbc.sql("update agreement set for_person_id = null where for_person_id = ? and conversation_id in (select id from conversation where status <> 'LOCKED')").param(id).update();
    }
}
