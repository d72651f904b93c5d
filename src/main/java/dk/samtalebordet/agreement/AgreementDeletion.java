package dk.samtalebordet.agreement;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's agreements go with it; a later plan that followed one up keeps its own agreement, without the link back. */
@Component
class AgreementDeletion {

    private final JdbcClient jdbc;

    AgreementDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("update agreement set carried_from_id = null where carried_from_id in (select id from agreement "
                + "where conversation_id = ?)").param(id).update();
        jdbc.sql("delete from agreement_status where agreement_id in (select id from agreement "
                + "where conversation_id = ?)").param(id).update();
        jdbc.sql("delete from agreement where conversation_id = ?").param(id).update();
    }
}
