package dk.samtalebordet.notification;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's reminders go with it: those about it and about its agreements (before they go). */
@Component
class ReminderDeletion {

    private final JdbcClient jdbc;

    ReminderDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(10)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from reminder where subject_id = ? or subject_id in (select id from agreement "
                + "where conversation_id = ?)").params(id, id).update();
    }
}
