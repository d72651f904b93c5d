package dk.samtalebordet.table;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's question pieces, picture pieces and stikord go with it. */
@Component
class TableDeletion {

    private final JdbcClient jdbc;

    TableDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from conversation_question where conversation_id = ?").param(id).update();
        jdbc.sql("delete from conversation_piece where conversation_id = ?").param(id).update();
    }
}
