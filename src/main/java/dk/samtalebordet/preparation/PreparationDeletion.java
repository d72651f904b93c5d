package dk.samtalebordet.preparation;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's preparations and private notes go with it. */
@Component
class PreparationDeletion {

    private final JdbcClient jdbc;

    PreparationDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from private_note where conversation_id = ?").param(id).update();
        jdbc.sql("delete from preparation where conversation_id = ?").param(id).update();
    }
}
