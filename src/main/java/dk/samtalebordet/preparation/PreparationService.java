package dk.samtalebordet.preparation;

import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvents.ContentChanged;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.conversation.ConversationException.NotEditable;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.InputRules;
import dk.samtalebordet.preparation.Preparation.ParticipantPreparation;
import dk.samtalebordet.preparation.Preparation.PreparationView;
import dk.samtalebordet.preparation.Preparation.Status;
import dk.samtalebordet.table.StikordChoices;
import dk.samtalebordet.table.TableModel.PreparationChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Preparing for the conversation: each participant chooses exactly 3 stikord and may share them with the others,
 * as the seeds ask; and writes private notes per question, which are their author's alone, everywhere and
 * forever. A conversation may reveal the stikord only once everybody has chosen, so nobody is steered.
 */
@Service
@Transactional
public class PreparationService implements StikordChoices {

    public static final int STIKORD_TO_CHOOSE = 3;
    /** The longest private note that is stored, as long as a shared note; longer input is refused, never cut. */
    private static final int PRIVATE_NOTE_MAX = 4000;

    private final ConversationAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PreparationService(ConversationAccess access, JdbcClient jdbc, Clock clock,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The preparation as the viewer may see it: their own notes only, others' stikord only when revealed. */
    @Transactional(readOnly = true)
    public PreparationView view(UUID conversationId, long viewer) {
        Conversation c = access.participantOnly(conversationId, viewer);
        ConversationDetails state = access.details(conversationId, viewer);
        Map<Long, Row> rows = rows(conversationId);
        boolean revealed = revealed(c, rows);
        List<ParticipantPreparation> participants = new ArrayList<>();
        for (var p : state.participants()) {
            Row row = rows.get(p.personId());
            Status status = row == null || !row.chosen() ? Status.NOT_STARTED
                    : row.sharedAt() == null ? Status.CHOSEN : Status.SHARED;
            boolean visible = p.personId() == viewer || (status == Status.SHARED && revealed);
            participants.add(new ParticipantPreparation(p.personId(), p.fullName(), p.initials(), p.role(), status,
                    visible && row != null && row.chosen() ? row.stikord() : List.of()));
        }
        Map<Long, String> notes = new LinkedHashMap<>();
        jdbc.sql("select question_id, text from private_note where conversation_id = ? and person_id = ?")
                .params(conversationId, viewer)
                .query((rs, i) -> notes.put(rs.getLong(1), rs.getString(2))).list();
        return new PreparationView(conversationId, c.isRevealWhenAllChosen(), canChange(c), participants, notes,
                viewer);
    }

    /** Chooses exactly 3 different stikord of the concept; possible until the conversation starts. */
    public void chooseStikord(UUID conversationId, long actor, List<String> stikord) {
        Conversation c = changeable(conversationId, actor);
        List<String> chosen = stikord == null ? List.of() : stikord.stream().filter(Objects::nonNull).toList();
        if (chosen.size() != STIKORD_TO_CHOOSE || new HashSet<>(chosen).size() != STIKORD_TO_CHOOSE) {
            throw new InvalidInput("conversation.field.stikord", "conversation.error.three-stikord",
                    STIKORD_TO_CHOOSE, chosen.size());
        }
        List<String> known = access.details(conversationId, actor).concept().stikord();
        if (!known.containsAll(chosen)) {
            throw new InvalidInput("conversation.error.unknown-piece");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update preparation set stikord_1 = ?, stikord_2 = ?, stikord_3 = ?, updated_at = ? "
                        + "where conversation_id = ? and person_id = ?")
                .params(chosen.get(0), chosen.get(1), chosen.get(2), now, c.getId(), actor).update();
        if (updated == 0) {
            jdbc.sql("insert into preparation (conversation_id, person_id, stikord_1, stikord_2, stikord_3, "
                            + "updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(c.getId(), actor, chosen.get(0), chosen.get(1), chosen.get(2), now).update();
        }
        events.publishEvent(new ContentChanged(conversationId, actor)); // the plan lists shared stikord
        events.publishEvent(new PreparationChanged(conversationId, actor));
    }

    /**
     * "Del mine stikord" with what is ticked now: chooses these 3 stikord and shares them, as one step, so nobody
     * has to save before they can share.
     */
    public void share(UUID conversationId, long actor, List<String> stikord) {
        chooseStikord(conversationId, actor, stikord);
        share(conversationId, actor);
    }

    /** "Del mine stikord": shares the participant's 3 stikord with the others. */
    public void share(UUID conversationId, long actor) {
        changeable(conversationId, actor);
        int updated = jdbc.sql("update preparation set shared_at = ? where conversation_id = ? and person_id = ? "
                        + "and stikord_1 is not null")
                .params(Timestamp.from(clock.instant()), conversationId, actor).update();
        if (updated == 0) {
            throw new InvalidInput("conversation.error.choose-before-sharing", STIKORD_TO_CHOOSE);
        }
        events.publishEvent(new ContentChanged(conversationId, actor)); // the plan lists shared stikord
        events.publishEvent(new PreparationChanged(conversationId, actor));
    }

    /** A private preparation note to one question; only its author ever sees it. */
    public void savePrivateNote(UUID conversationId, long actor, long questionId, String text) {
        access.participantOnly(conversationId, actor);
        String value = text == null ? "" : text;
        InputRules.requireMax(value, PRIVATE_NOTE_MAX, "conversation.field.private-note");
        if (access.details(conversationId, actor).concept().allQuestions().stream().noneMatch(q -> q.id() == questionId)) {
            throw new InvalidInput("conversation.error.unknown-question");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update private_note set text = ?, updated_at = ? where conversation_id = ? "
                        + "and person_id = ? and question_id = ?")
                .params(value, now, conversationId, actor, questionId).update();
        if (updated == 0) {
            jdbc.sql("insert into private_note (conversation_id, person_id, question_id, text, updated_at) "
                    + "values (?, ?, ?, ?, ?)").params(conversationId, actor, questionId, value, now).update();
        }
    }

    /**
     * The stikord each participant shared with everybody, for the locked plan's document: person id to their 3.
     * Stikord never shared, or shared but still hidden by a blind reveal, are nobody else's to read, so they are
     * not in the plan either.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> sharedStikord(UUID conversationId) {
        Conversation c = access.conversation(conversationId);
        Map<Long, Row> rows = rows(conversationId);
        Map<Long, List<String>> result = new LinkedHashMap<>();
        if (revealed(c, rows)) {
            rows.forEach((person, row) -> {
                if (row.chosen() && row.sharedAt() != null) {
                    result.put(person, row.stikord());
                }
            });
        }
        return result;
    }

    /** Each stikord chosen by somebody, as far as the viewer may see their choice, with who chose it. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Long>> choosers(UUID conversationId, long viewer) {
        Map<String, List<Long>> choosers = new HashMap<>();
        for (var p : view(conversationId, viewer).participants()) {
            p.stikord().forEach(s -> choosers.computeIfAbsent(s, k -> new ArrayList<>()).add(p.personId()));
        }
        return choosers;
    }

    /** Whether shared stikord show to the others: always, or with a blind reveal once everybody has chosen. */
    private static boolean revealed(Conversation c, Map<Long, Row> rows) {
        return !c.isRevealWhenAllChosen() || c.getParticipants().stream()
                .allMatch(p -> rows.containsKey(p.personId()) && rows.get(p.personId()).chosen());
    }

    private Conversation changeable(UUID conversationId, long actor) {
        Conversation c = access.lockForChange(conversationId, actor);
        if (!canChange(c)) {
            throw new NotEditable();
        }
        return c;
    }

    /** The stikord can be chosen and changed until the conversation starts. */
    private boolean canChange(Conversation c) {
        return c.getStatus() == ConversationStatus.PLANNED && clock.instant().isBefore(c.getStartsAt());
    }

    private record Row(List<String> stikord, Timestamp sharedAt) {
        boolean chosen() {
            return stikord.size() == STIKORD_TO_CHOOSE;
        }
    }

    private Map<Long, Row> rows(UUID conversationId) {
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select person_id, stikord_1, stikord_2, stikord_3, shared_at from preparation "
                        + "where conversation_id = ?").param(conversationId)
                .query((rs, i) -> {
                    List<String> s = new ArrayList<>();
                    for (int col = 2; col <= 4; col++) {
                        if (rs.getString(col) != null) {
                            s.add(rs.getString(col));
                        }
                    }
                    return rows.put(rs.getLong(1), new Row(s, rs.getTimestamp(5)));
                }).list();
        return rows;
    }
}
