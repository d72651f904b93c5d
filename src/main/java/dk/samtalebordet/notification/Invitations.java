package dk.samtalebordet.notification;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import dk.samtalebordet.concept.ConceptDetails;
import dk.samtalebordet.concept.ConceptService;
import dk.samtalebordet.conversation.Conversation;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationEvents.InvitationChanged;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.Participant;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.shared.Translations;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invitations: an iCalendar (.ics) event per conversation, with a stable UID, so a rescheduling or a
 * cancellation replaces the earlier invitation in Outlook or any calendar. Sent by e-mail after the change is
 * committed when an SMTP server is configured; always downloadable from the conversation.
 */
@Service
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final ConversationAccess access;
    private final ConceptService concepts;
    private final PeopleService people;
    private final PersonAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    Invitations(ConversationAccess access, ConceptService concepts, PeopleService people, PersonAccounts accounts,
                ObjectProvider<JavaMailSender> mail,
                @Value("${samtalebordet.mail.from:samtalebordet@localhost}") String from,
                @Value("${samtalebordet.base-url:http://localhost:8080}") String baseUrl) {
        this.access = access;
        this.concepts = concepts;
        this.people = people;
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The invitation of a conversation as an .ics file, for a participant to download. */
    @Transactional(readOnly = true)
    public byte[] ics(UUID conversationId, long participantId) {
        Conversation c = access.participantOnly(conversationId, participantId);
        return Biweekly.write(calendar(c, persons(c))).go().getBytes(StandardCharsets.UTF_8);
    }

    /** After the change is committed, e-mails the invitation (or its update or cancellation) to everyone. */
    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void send(InvitationChanged event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return; // no SMTP configured: the invitation is in the app and downloadable as .ics
        }
        Conversation c = access.conversation(event.conversationId());
        Map<Long, PersonSummary> persons = persons(c);
        String ics = Biweekly.write(calendar(c, persons)).go();
        boolean cancelled = c.getStatus() == ConversationStatus.CANCELLED;
        String subjectKey = cancelled ? "invitation.subject.cancelled"
                : c.getIcsSequence() > 0 ? "invitation.subject.moved" : "invitation.subject.new";
        for (Participant p : c.getParticipants()) {
            PersonSummary to = persons.get(p.personId());
            Locale locale = Translations.locale(accounts.languageOf(p.personId()).orElse(null));
            String subject = Translations.get(locale, subjectKey, summary(c, persons),
                    DanishDates.dateTime(c.getStartsAt(), locale));
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(to.email());
                helper.setSubject(subject);
                helper.setText(body(c, to, cancelled, locale));
                helper.addAttachment("invitation.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; method=" + (cancelled ? "CANCEL" : "REQUEST") + "; charset=UTF-8");
                sender.send(message);
            } catch (MessagingException | MailException e) {
                log.warn("Could not e-mail the invitation of {} to {}", c.getId(), to.username(), e);
            }
        }
    }

    /** The mail's text in the recipient's language. */
    private String body(Conversation c, PersonSummary to, boolean cancelled, Locale locale) {
        String when = DanishDates.dateTime(c.getStartsAt(), locale);
        if (cancelled) {
            return Translations.get(locale, "invitation.body.cancelled", to.fullName(), when);
        }
        String link = baseUrl + "/samtale/" + c.getId();
        return Translations.get(locale, "invitation.body", to.fullName(), when,
                c.getPlace() == null ? "" : ", " + c.getPlace(),
                c.getVideoLink() == null ? "" : Translations.get(locale, "invitation.body.video", c.getVideoLink()),
                link);
    }

    private ICalendar calendar(Conversation c, Map<Long, PersonSummary> persons) {
        boolean cancelled = c.getStatus() == ConversationStatus.CANCELLED;
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Samtalebordet//DA");
        calendar.setMethod(cancelled ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(c.getId() + "@samtalebordet");
        event.setSequence(c.getIcsSequence());
        event.setSummary(summary(c, persons));
        event.setDateStart(Date.from(c.getStartsAt()));
        event.setDateEnd(Date.from(c.getStartsAt().plus(Duration.ofMinutes(c.getDurationMinutes()))));
        if (c.getPlace() != null || c.getVideoLink() != null) {
            event.setLocation(c.getPlace() != null ? c.getPlace() : c.getVideoLink());
        }
        event.setUrl(baseUrl + "/samtale/" + c.getId());
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        for (Participant p : c.getParticipants()) {
            PersonSummary person = persons.get(p.personId());
            if (p.role() == ParticipantRole.LEADER) {
                event.setOrganizer(new Organizer(person.fullName(), person.email()));
            }
            Attendee attendee = new Attendee(person.fullName(), person.email());
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
            event.addAttendee(attendee);
        }
        calendar.addEvent(event);
        return calendar;
    }

    /** One calendar entry for all, so its title is the same for everybody: kind, names, concept. */
    private String summary(Conversation c, Map<Long, PersonSummary> persons) {
        String concept = concepts.find(c.getConceptId()).map(ConceptDetails::name).orElse("");
        String names = c.getParticipants().stream().map(p -> persons.get(p.personId()).fullName())
                .collect(Collectors.joining(", "));
        return Translations.danish("invitation.summary", c.getKind(), names, concept);
    }

    private Map<Long, PersonSummary> persons(Conversation c) {
        List<Long> ids = c.getParticipants().stream().map(Participant::personId).toList();
        return people.findAll(ids).stream().collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }
}
