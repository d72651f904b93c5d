package dk.samtalebordet.presence;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Nobody is present in, or types in, a deleted conversation. */
@Component
class PresenceDeletion {

    private final JdbcClient jdbc;

    PresenceDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from presence_connection where conversation_id = ?").param(id).update();
        jdbc.sql("delete from typing_lease where conversation_id = ?").param(id).update();
    }
}
