package dk.samtalebordet.shared;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collections;
import java.util.List;

/**
 * What one module holds of a conversation, and of a person alone, as the SQL statements that delete it: run in
 * the caller's transaction when a conversation is deleted (the retention rules, erasure) or a person erased. Each
 * statement takes the conversation's or the person's id for every one of its parameters. A module declares its
 * rows as a bean of a subclass; they run in {@link #getOrder()} order, lowest first.
 */
public abstract class OwnedRows implements Ordered {

    private final int order;
    private final List<String> ofConversation;
    private final List<String> ofPerson;

    protected OwnedRows(int order, List<String> ofConversation, List<String> ofPerson) {
        this.order = order;
        this.ofConversation = List.copyOf(ofConversation);
        this.ofPerson = List.copyOf(ofPerson);
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void deleteConversation(JdbcClient jdbc, Object conversationId) {
        run(jdbc, ofConversation, conversationId);
    }

    public void erasePerson(JdbcClient jdbc, long personId) {
        run(jdbc, ofPerson, personId);
    }

    private static void run(JdbcClient jdbc, List<String> statements, Object id) {
        for (String sql : statements) {
            int parameters = (int) sql.chars().filter(c -> c == '?').count();
            jdbc.sql(sql).params(Collections.nCopies(parameters, id)).update();
        }
    }
}
