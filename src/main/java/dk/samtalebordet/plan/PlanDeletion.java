package dk.samtalebordet.plan;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's approvals and plan go with it. */
@Component
class PlanDeletion {

    private final JdbcClient jdbc;

    PlanDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from plan_approval where conversation_id = ?").param(id).update();
        jdbc.sql("delete from plan_state where conversation_id = ?").param(id).update();
    }
}
