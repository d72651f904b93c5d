package dk.samtalebordet.plan;

import dk.samtalebordet.audit.AuditKind;
import dk.samtalebordet.audit.AuditLog;
import dk.samtalebordet.audit.Audited;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationEvents.ApprovalsWithdrawn;
import dk.samtalebordet.conversation.ConversationEvents.ContentChanged;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.plan.PlanChanged.What;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.TableState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The udviklingsplan's way to lasting: the leader proposes it as finished, every participant approves it on
 * their own device, any change to its content withdraws the approvals, and when all have approved it is locked,
 * its PDF copies are made once and filed in the personalemappe, all in one transaction.
 */
@Service
@Transactional
public class PlanService {

    /** The longest minutes (referat) that are stored. */
    public static final int MINUTES_MAX = 20_000;

    private final ConversationAccess access;
    private final LiveTableService table;
    private final PlanDocuments documents;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    PlanService(ConversationAccess access, LiveTableService table, PlanDocuments documents, JdbcClient jdbc,
                ApplicationEventPublisher events, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.table = table;
        this.documents = documents;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PlanOverview overview(UUID conversationId, long actor) {
        return overview(table.state(conversationId, actor));
    }

    private PlanOverview overview(TableState state) {
        UUID id = state.conversationId();
        var row = jdbc.sql("select proposed_at, proposed_by, minutes, writer_id from plan_state "
                        + "where conversation_id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getTimestamp(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getObject(4, Long.class)}).optional();
        Map<Long, Instant> approvals = new HashMap<>();
        jdbc.sql("select person_id, approved_at from plan_approval where conversation_id = ?").param(id)
                .query((rs, i) -> approvals.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        Timestamp proposedAt = row.map(r -> (Timestamp) r[0]).orElse(null);
        return new PlanOverview(id, state.status(), state.participants(),
                proposedAt == null ? null : proposedAt.toInstant(), row.map(r -> (Long) r[1]).orElse(null),
                approvals, row.map(r -> (String) r[2]).orElse(""), row.map(r -> (Long) r[3]).orElse(null),
                state.agreements().size(), state.me(), state.iAmLeader(), state.lockedAt());
    }

    /**
     * The locked plan as a PDF in another language than the filed Danish copy, for a participant to read: the
     * viewer's own copy (in a GRUS) or the whole plan. Recorded in the audit log as the filed copies' downloads are.
     */
    @Transactional(readOnly = true)
    public byte[] translatedCopy(UUID conversationId, long viewer, Locale locale) {
        TableState state = table.state(conversationId, viewer);
        if (state.status() != ConversationStatus.LOCKED) {
            throw new PlanException("plan.error.not-locked");
        }
        byte[] pdf = documents.translatedCopy(state, overview(state), viewer, locale);
        audit.recordRead(Audited.of(AuditKind.DOCUMENT_DOWNLOADED, viewer).in(conversationId)
                .detail(translatedFileName(locale)));
        return pdf;
    }

    /** The file name of a translated copy, e.g. {@code udviklingsplan-en.pdf}. */
    public static String translatedFileName(Locale locale) {
        return "udviklingsplan-" + locale.getLanguage() + ".pdf";
    }

    /** The leader proposes the plan as finished; from now on each participant can approve it. */
    public void propose(UUID conversationId, long actor) {
        access.requireEditable(conversationId, actor);
        if (access.roleOf(conversationId, actor) != ParticipantRole.LEADER) {
            throw new PlanException("plan.error.only-leader-proposes");
        }
        TableState state = table.state(conversationId, actor);
        if (state.agreements().isEmpty()) {
            throw new PlanException("plan.error.no-agreements");
        }
        ensureRow(conversationId);
        jdbc.sql("update plan_state set proposed_at = ?, proposed_by = ? where conversation_id = ?")
                .params(Timestamp.from(clock.instant()), actor, conversationId).update();
        audit.record(Audited.of(AuditKind.PLAN_PROPOSED, actor).in(conversationId));
        events.publishEvent(new PlanChanged(conversationId, What.PROPOSED, actor));
    }

    /**
     * A participant approves the proposed plan. When every participant has approved, the plan is locked, and its
     * PDF copies are generated and filed in the same transaction.
     */
    public void approve(UUID conversationId, long actor) {
        access.requireEditable(conversationId, actor);
        ensureRow(conversationId);
        lockRow(conversationId);
        TableState state = table.state(conversationId, actor);
        PlanOverview before = overview(state);
        if (!before.proposed()) {
            throw new PlanException("plan.error.not-proposed");
        }
        if (!before.approvals().containsKey(actor)) {
            jdbc.sql("insert into plan_approval (conversation_id, person_id, approved_at) values (?, ?, ?)")
                    .params(conversationId, actor, Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                    .update();
            audit.record(Audited.of(AuditKind.PLAN_APPROVED, actor).in(conversationId));
        }
        PlanOverview after = overview(state);
        boolean everybody = state.participants().stream().map(ParticipantView::personId)
                .allMatch(after.approvals()::containsKey);
        if (everybody) {
            access.lock(conversationId, actor);
            TableState locked = table.state(conversationId, actor);
            documents.fileLockedPlan(locked, overview(locked), locked.lockedAt());
            audit.record(Audited.of(AuditKind.PLAN_LOCKED, actor).in(conversationId));
            events.publishEvent(new PlanChanged(conversationId, What.LOCKED, actor));
        } else {
            events.publishEvent(new PlanChanged(conversationId, What.APPROVED, actor));
        }
    }

    /**
     * The optional minutes (referat) and who writes the plan; a change withdraws the approvals. {@code basedOn} is
     * the stored minutes the person started from: when someone else saved others in the meantime, the save is
     * refused, so nobody's minutes are replaced unseen.
     */
    public void saveMinutes(UUID conversationId, long actor, String minutes, Long writerId, String basedOn) {
        access.requireEditable(conversationId, actor);
        String stored = jdbc.sql("select minutes from plan_state where conversation_id = ?").param(conversationId)
                .query((rs, i) -> Objects.toString(rs.getString(1), "").strip()).optional().orElse("");
        if (!stored.equals(basedOn == null ? "" : basedOn.strip())) {
            throw new PlanException("plan.error.minutes-changed");
        }
        String text = minutes == null ? "" : minutes.strip();
        if (text.length() > MINUTES_MAX) {
            throw new ConversationException.InvalidInput("conversation.field.minutes", "conversation.error.too-long",
                    "conversation.field.minutes", MINUTES_MAX, text.length());
        }
        if (writerId != null && table.state(conversationId, actor).participant(writerId).isEmpty()) {
            throw new PlanException("plan.error.writer");
        }
        ensureRow(conversationId);
        jdbc.sql("update plan_state set minutes = ?, writer_id = ? where conversation_id = ?")
                .params(text, writerId, conversationId).update();
        withdrawApprovals(conversationId, actor);
        events.publishEvent(new PlanChanged(conversationId, What.MINUTES, actor));
    }

    /** Any change to the plan's content, in the transaction that made it, withdraws every approval. */
    @EventListener
    void onContentChanged(ContentChanged event) {
        withdrawApprovals(event.conversationId(), event.by());
    }

    /**
     * The caller holds the conversation's row lock, as every change and every approval takes it first
     * ({@code ConversationAccess.editable}): that serialises a withdrawal with the approvals, with no lock of the
     * plan's row besides.
     */
    private void withdrawApprovals(UUID conversationId, long by) {
        int withdrawn = jdbc.sql("delete from plan_approval where conversation_id = ?").param(conversationId)
                .update();
        if (withdrawn > 0) {
            events.publishEvent(new ApprovalsWithdrawn(conversationId, by));
        }
    }

    private void ensureRow(UUID conversationId) {
        // standard MERGE: H2 and PostgreSQL (15+) both run it; neither's own upsert runs on the other
        jdbc.sql("merge into plan_state p using (values (cast(? as uuid))) s(id) on p.conversation_id = s.id "
                + "when not matched then insert (conversation_id) values (s.id)").param(conversationId).update();
    }

    /** Serialises approvals and withdrawals of one plan, so the last approval always sees all the others. */
    private void lockRow(UUID conversationId) {
        jdbc.sql("select conversation_id from plan_state where conversation_id = ? for update").param(conversationId)
                .query((rs, i) -> rs.getObject(1)).optional();
    }
}
