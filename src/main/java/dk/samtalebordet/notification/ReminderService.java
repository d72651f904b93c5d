package dk.samtalebordet.notification;

import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonAccounts;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.shared.DanishDates;
import dk.samtalebordet.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reminders, in the app and by e-mail: participants who have not prepared, 3 days before their conversation;
 * and whoever is responsible for an agreement, 7 days before its follow-up date. Each reminder is stored once
 * (a unique key on kind, subject and person), so running the job again, after a restart too, adds nothing.
 */
@Service
public class ReminderService {

    public enum Kind {
        PREPARE,
        FOLLOW_UP
    }

    /**
     * A stored reminder: {@code message} is a translation key with {@code args} (or, for a reminder stored by an
     * earlier version, its finished Danish text, with no args).
     */
    public record Reminder(long id, Kind kind, String message, List<String> args, String link, Instant createdAt) {

        /** The reminder in the reader's language. */
        public String text(Locale locale) {
            if (args == null) {
                return message;
            }
            return switch (kind) {
                case PREPARE -> Translations.get(locale, message,
                        DanishDates.dateTime(Instant.parse(args.get(0)), locale));
                case FOLLOW_UP -> Translations.get(locale, message, args.get(0),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                                .format(LocalDate.parse(args.get(1))));
            };
        }
    }

    private static final String SEPARATOR = "\u001f";

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final PersonAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    ReminderService(JdbcClient jdbc, PeopleService people, PersonAccounts accounts,
                    ObjectProvider<JavaMailSender> mail, Clock clock,
                    @Value("${samtalebordet.mail.from:samtalebordet@localhost}") String from,
                    @Value("${samtalebordet.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.people = people;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Every hour, on one node at a time: while another node holds the job's lock this node skips its turn (the
     * other sends, and marks what it sent).
     */
    @Scheduled(initialDelayString = "${samtalebordet.reminders.initial-delay:PT1M}",
            fixedDelayString = "${samtalebordet.reminders.interval:PT1H}")
    @SchedulerLock(name = "reminders")
    @Transactional
    public void onSchedule() {
        sendDueReminders();
    }

    /** What is due and not yet reminded is reminded now; returns how many reminders were sent. */
    @Transactional
    public int sendDueReminders() {
        int sent = 0;
        Instant now = clock.instant();
        record Due(UUID conversation, long person, Instant startsAt) {
        }
        List<Due> unprepared = jdbc.sql("select c.id, p.person_id, c.starts_at from conversation c "
                        + "join conversation_participant p on p.conversation_id = c.id "
                        + "left join preparation r on r.conversation_id = c.id and r.person_id = p.person_id "
                        + "where c.status = 'PLANNED' and c.starts_at > ? and c.starts_at <= ? "
                        + "and (r.stikord_1 is null)")
                .params(Timestamp.from(now), Timestamp.from(now.plus(Duration.ofDays(3))))
                .query((rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getLong(2),
                        rs.getTimestamp(3).toInstant())).list();
        for (Due d : unprepared) {
            sent += remind(new Reminder(0, Kind.PREPARE, "reminder.prepare", List.of(d.startsAt().toString()),
                    "samtale/" + d.conversation() + "/forberedelse", now), d.conversation(), d.person());
        }
        LocalDate today = LocalDate.now(clock.withZone(DanishDates.ZONE));
        record FollowUp(UUID agreement, UUID conversation, String what, String responsible, LocalDate date) {
        }
        List<FollowUp> followUps = jdbc.sql("select a.id, a.conversation_id, a.what, a.responsible, a.follow_up_date "
                        + "from agreement a join conversation c on c.id = a.conversation_id "
                        + "where c.status = 'LOCKED' and a.follow_up_date >= ? and a.follow_up_date <= ?")
                .params(today, today.plusDays(7))
                .query((rs, i) -> new FollowUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class))).list();
        for (FollowUp f : followUps) {
            for (long person : responsibleFor(f.conversation(), f.responsible())) {
                sent += remind(new Reminder(0, Kind.FOLLOW_UP, "reminder.follow-up",
                        List.of(f.what(), f.date().toString()), "aftaler", now), f.agreement(), person);
            }
        }
        return sent;
    }

    /**
     * Who is reminded of an agreement: the participant named as responsible; when the responsible person is not
     * a participant, the conversation's leader, who passes it on.
     */
    private List<Long> responsibleFor(UUID conversation, String responsible) {
        List<Long> participants = jdbc.sql("select person_id from conversation_participant where conversation_id = ?")
                .param(conversation).query(Long.class).list();
        List<Long> named = people.findAll(participants).stream()
                .filter(p -> p.fullName().equalsIgnoreCase(responsible.strip())).map(PersonSummary::id).toList();
        if (!named.isEmpty()) {
            return named;
        }
        return jdbc.sql("select person_id from conversation_participant where conversation_id = ? and role = 'LEADER'")
                .param(conversation).query(Long.class).list();
    }

    /** Stores the reminder once; only a reminder stored now is e-mailed. */
    private int remind(Reminder reminder, UUID subject, long person) {
        String kind = reminder.kind().name();
        try {
            int inserted = jdbc.sql("insert into reminder (kind, subject_id, person_id, message, message_args, "
                            + "link, created_at) select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from reminder "
                            + "where kind = ? and subject_id = ? and person_id = ?)")
                    .params(kind, subject, person, reminder.message(), String.join(SEPARATOR, reminder.args()),
                            reminder.link(), Timestamp.from(reminder.createdAt()), kind, subject, person).update();
            if (inserted == 1) {
                email(person, reminder);
            }
            return inserted;
        } catch (DuplicateKeyException alreadyThere) {
            return 0;
        }
    }

    /** The reminder by e-mail, in the language the recipient chose (Danish unless they chose English). */
    private void email(long personId, Reminder reminder) {
        JavaMailSender sender = mail.getIfAvailable();
        Optional<PersonSummary> person = people.findById(personId);
        if (sender == null || person.isEmpty()) {
            return;
        }
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(from);
        mailMessage.setTo(person.get().email());
        Locale locale = Translations.locale(accounts.languageOf(personId).orElse(null));
        mailMessage.setSubject(Translations.get(locale, "reminder.mail.subject"));
        mailMessage.setText(Translations.get(locale, "reminder.mail.body", person.get().fullName(),
                reminder.text(locale), baseUrl + "/" + reminder.link()));
        try {
            sender.send(mailMessage);
        } catch (MailException e) {
            log.warn("Could not e-mail a reminder to {}", person.get().username(), e);
        }
    }

    /** The person's unread reminders, newest first. */
    @Transactional(readOnly = true)
    public List<Reminder> unread(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? and read_at is null order by created_at desc")
                .param(personId).query(ReminderService::reminder).list();
    }

    /** All the person's reminders, read or not, newest first: for their insight into what is stored. */
    @Transactional(readOnly = true)
    public List<Reminder> all(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by created_at desc").param(personId)
                .query(ReminderService::reminder).list();
    }

    private static final String SELECT = "select id, kind, message, message_args, link, created_at from reminder";

    private static Reminder reminder(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String args = rs.getString(4);
        return new Reminder(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
                args == null ? null : List.of(args.split(SEPARATOR, -1)), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    @Transactional
    public void markRead(long reminderId, long personId) {
        jdbc.sql("update reminder set read_at = ? where id = ? and person_id = ?")
                .params(Timestamp.from(clock.instant()), reminderId, personId).update();
    }
}
