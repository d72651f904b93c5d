package dk.samtalebordet.note;

import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvents.ContentChanged;
import dk.samtalebordet.conversation.ConversationException.EditConflict;
import dk.samtalebordet.conversation.InputRules;
import dk.samtalebordet.note.NoteModel.NoteChanged;
import dk.samtalebordet.note.NoteModel.NoteState;
import dk.samtalebordet.presence.PresenceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The shared notes of each perspective of a conversation. Each save is checked (the person is a participant, the
 * conversation can still change, nobody else holds the field, the text is valid), stored in its own transaction
 * under the conversation's lock, and only then published to everybody following the conversation.
 */
@Service
@Transactional
public class NoteService {

    private final ConversationAccess access;
    private final NoteStore store;
    private final PresenceService presence;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoteService(ConversationAccess access, NoteStore store, PresenceService presence, Clock clock,
                ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.presence = presence;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Every perspective's notes of the conversation, an empty note for each perspective nothing was written to
     * yet; for a caller who read {@code conversation} with the viewer's rights.
     */
    @Transactional(readOnly = true)
    public Map<Long, NoteState> notes(ConversationDetails conversation) {
        Map<Long, NoteState> notes = new LinkedHashMap<>();
        conversation.concept().perspectives().forEach(p -> notes.put(p.id(), NoteState.empty(p.id())));
        store.notes(conversation.conversationId()).forEach(n -> notes.put(n.perspectiveId(), n));
        return Map.copyOf(notes);
    }

    /** A perspective's shared notes as they are stored now. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public NoteState note(UUID conversationId, long viewer, long perspectiveId) {
        access.requireParticipant(conversationId, viewer);
        return store.note(conversationId, perspectiveId).orElse(NoteState.empty(perspectiveId));
    }

    /**
     * Stores a perspective's shared notes if nobody else changed them since {@code expectedVersion}. A refused
     * save changes nothing stored, and the caller still has their text: nothing is ever silently lost.
     */
    public NoteState saveNote(UUID conversationId, long actor, long perspectiveId, String text,
                              long expectedVersion) {
        long conceptId = access.editable(conversationId, actor).conceptId();
        access.requirePerspective(conceptId, perspectiveId);
        String value = text == null ? "" : text;
        InputRules.requireMax(value, NoteModel.NOTE_MAX, "conversation.field.notes");
        presence.requireNotHeld(conversationId, PresenceService.noteField(perspectiveId), actor);
        NoteState saved = store.saveNote(conversationId, perspectiveId, value, expectedVersion, actor,
                clock.instant()).orElseThrow(() -> new EditConflict(access.nameOf(
                store.note(conversationId, perspectiveId).map(NoteState::updatedBy).orElse(null))));
        events.publishEvent(new ContentChanged(conversationId, actor)); // tells whoever keeps approvals, in this transaction
        events.publishEvent(new NoteChanged(conversationId, perspectiveId, saved.version()));
        return saved;
    }
}
