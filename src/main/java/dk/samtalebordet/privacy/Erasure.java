package dk.samtalebordet.privacy;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.conversation.ConversationDeletion;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.OwnedRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Erasure on request (GDPR art. 17), by an administrator, in one transaction, audited. What the law lets go goes:
 * the person's private notes, preparations, reminders, open conversations (from an open group conversation they
 * are only removed), their name and every detail of the person. What is kept: locked plans, which are also the
 * other party's record (the leader's copy stays theirs; the person's row remains, anonymous, for them to point
 * to), and the audit log. Only a person who has left (is deactivated) is erased, and never oneself.
 */
@Service
public class Erasure {

    private final PeopleService people;
    private final PersonAccounts accounts;
    private final ConversationDeletion conversations;
    private final List<OwnedRows> rows;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    Erasure(PeopleService people, PersonAccounts accounts, ConversationDeletion conversations,
            List<OwnedRows> rows, JdbcClient jdbc, AuditLog audit) {
        this.people = people;
        this.accounts = accounts;
        this.conversations = conversations;
        this.rows = rows;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public ConversationDeletion.Erased erase(long administratorId, long personId) {
        if (people.findById(administratorId).map(a -> !a.active() || !a.hasRole(Role.ADMINISTRATOR)).orElse(true)) {
            throw new ConversationException.NotAllowed("erasure.error.administrator-only");
        }
        PersonSummary person = people.findById(personId)
                .orElseThrow(() -> new ConversationException.NotAllowed("erasure.error.no-person"));
        if (personId == administratorId) {
            throw new ConversationException.NotAllowed("erasure.error.self");
        }
        if (person.active()) {
            throw new ConversationException.NotAllowed("erasure.error.active");
        }
        ConversationDeletion.Erased erased = conversations.eraseParticipant(personId);
        rows.forEach(r -> r.erasePerson(jdbc, personId));
        accounts.anonymise(personId);
        audit.record(Audited.of(AuditKind.PERSON_ERASED, administratorId).about(personId)
                .detail("samtaler slettet: " + erased.deleted() + ", forladt: " + erased.left()
                        + ", låste bevaret: " + erased.keptLocked()));
        return erased;
    }
}
