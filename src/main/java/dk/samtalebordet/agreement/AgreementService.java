package dk.samtalebordet.agreement;

import dk.samtalebordet.agreement.AgreementModel.AgreementChanged;
import dk.samtalebordet.agreement.AgreementModel.AgreementFields;
import dk.samtalebordet.agreement.AgreementModel.AgreementRemoved;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationAccess.Editable;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationEvents.ContentChanged;
import dk.samtalebordet.conversation.ConversationException.EditConflict;
import dk.samtalebordet.conversation.ConversationException.InvalidInput;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.shared.DanishDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agreement rows of a conversation's plan. Each change is checked (the person is a participant, the
 * conversation can still change, nobody else holds the row, the input is valid), stored in its own transaction
 * under the conversation's lock, and only then published to everybody following the conversation.
 */
@Service
@Transactional
public class AgreementService {

    private final ConversationAccess access;
    private final AgreementStore store;
    private final PresenceService presence;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AgreementService(ConversationAccess access, AgreementStore store, PresenceService presence, Clock clock,
                     ApplicationEventPublisher events) {
        this.access = access;
        this.store = store;
        this.presence = presence;
        this.clock = clock;
        this.events = events;
    }

    /** The conversation's agreements, oldest first; for a caller who read {@code conversation} as the viewer. */
    @Transactional(readOnly = true)
    public List<AgreementView> agreements(ConversationDetails conversation) {
        return store.agreements(conversation.conversationId());
    }

    /** An agreement as it is stored now; empty when it was removed. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<AgreementView> agreement(UUID conversationId, long viewer, UUID agreementId) {
        access.requireParticipant(conversationId, viewer);
        return store.agreement(conversationId, agreementId);
    }

    /** Adds an agreement row to a perspective (or, with a null perspective, to the conversation as a whole). */
    public AgreementView addAgreement(UUID conversationId, long actor, Long perspectiveId, AgreementFields fields) {
        return addAgreement(conversationId, actor, perspectiveId, fields, null);
    }

    /** Adds an agreement that carries on (viderefører) an agreement of an earlier plan. */
    AgreementView addAgreement(UUID conversationId, long actor, Long perspectiveId, AgreementFields fields,
                               UUID carriedFrom) {
        Editable c = access.editable(conversationId, actor);
        if (perspectiveId != null) {
            access.requirePerspective(c.conceptId(), perspectiveId);
        }
        requireValid(conversationId, fields, null);
        AgreementView created = new AgreementView(UUID.randomUUID(), perspectiveId, fields, 1, actor,
                clock.instant(), actor, carriedFrom);
        store.insertAgreement(conversationId, created);
        contentChanged(conversationId, actor);
        events.publishEvent(new AgreementChanged(conversationId, created.id(), created.version(), actor));
        return created;
    }

    /** Changes an agreement row if nobody else changed it since {@code expectedVersion}. */
    public AgreementView updateAgreement(UUID conversationId, long actor, UUID agreementId, AgreementFields fields,
                                         long expectedVersion) {
        access.editable(conversationId, actor);
        AgreementView current = store.agreement(conversationId, agreementId)
                .orElseThrow(() -> new InvalidInput("conversation.error.agreement-gone"));
        requireValid(conversationId, fields, current.fields());
        presence.requireNotHeld(conversationId, PresenceService.agreementField(agreementId), actor);
        if (!store.updateAgreement(conversationId, agreementId, fields, expectedVersion, actor, clock.instant())) {
            throw new EditConflict(access.nameOf(current.updatedBy()));
        }
        AgreementView updated = store.agreement(conversationId, agreementId).orElseThrow();
        contentChanged(conversationId, actor);
        events.publishEvent(new AgreementChanged(conversationId, agreementId, updated.version(), actor));
        return updated;
    }

    public void removeAgreement(UUID conversationId, long actor, UUID agreementId) {
        access.editable(conversationId, actor);
        presence.requireNotHeld(conversationId, PresenceService.agreementField(agreementId), actor);
        if (store.deleteAgreement(conversationId, agreementId)) {
            contentChanged(conversationId, actor);
            events.publishEvent(new AgreementRemoved(conversationId, agreementId, actor));
        }
    }

    /** The rules of an agreement row; the conversation is loaded only for one that names a person of the group. */
    private void requireValid(UUID conversationId, AgreementFields fields, AgreementFields previous) {
        AgreementRules.agreement(fields, previous, LocalDate.now(clock.withZone(DanishDates.ZONE)));
        if (fields.forPersonId() != null) {
            AgreementRules.forPerson(access.conversation(conversationId), fields);
        }
    }

    /** Tells whoever keeps approvals, inside this transaction, that the plan's content changed. */
    private void contentChanged(UUID conversationId, long actor) {
        events.publishEvent(new ContentChanged(conversationId, actor));
    }
}
