package dk.samtalebordet.archive;

import dk.samtalebordet.conversation.ConversationDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted conversation's filed documents go with it (a locked one is deleted only once nobody employed is a party to it). */
@Component
class ArchiveDeletion {

    private final JdbcClient jdbc;

    ArchiveDeletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(40)
    void on(ConversationDeleting deleting) {
        java.util.UUID id = deleting.conversationId();
        jdbc.sql("delete from archived_document where conversation_id = ?").param(id).update();
    }
}
