package dk.samtalebordet.notification;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.NewConversation;
import dk.samtalebordet.conversation.Variant;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Invitations reach a real (embedded) SMTP server as e-mails with an .ics that calendars understand. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "samtalebordet.mail.from=samtalebordet@kommune.example"})
@ActiveProfiles({"test", "demo"})
class InvitationMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    ConversationService conversations;

    @Test
    void creatingReschedulingAndCancellingSendInvitationsWithTheSameUid() throws Exception {
        UUID id = fixtures.mus("sba", "rda");

        MimeMessage[] invited = await(id, 0);
        assertThat(invited).hasSize(2);
        assertThat(Arrays.stream(invited).map(this::recipient))
                .containsExactlyInAnyOrder("sba@samtalebordet.example", "rda@samtalebordet.example");
        assertThat(invited[0].getSubject()).startsWith("Invitation: MUS");
        ICalendar first = ics(invited[0]);
        VEvent event = first.getEvents().get(0);
        assertThat(first.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(event.getUid().getValue()).isEqualTo(id + "@samtalebordet");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getAttendees()).extracting(a -> a.getEmail())
                .containsExactlyInAnyOrder("sba@samtalebordet.example", "rda@samtalebordet.example");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Sofie Bech Andersen");
        assertThat(event.getLocation().getValue()).isEqualTo("Lokale 1");

        Instant moved = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        conversations.reschedule(id, fixtures.id("sba"), moved, 60, "Mødelokale 3", null);
        VEvent update = ics(await(id, 1)[0]).getEvents().get(0);
        assertThat(update.getUid().getValue()).isEqualTo(id + "@samtalebordet");
        assertThat(update.getSequence().getValue()).isEqualTo(1);
        assertThat(update.getDateStart().getValue().toInstant()).isEqualTo(moved);
        assertThat(update.getLocation().getValue()).isEqualTo("Mødelokale 3");

        conversations.cancel(id, fixtures.id("sba"));
        MimeMessage cancellation = await(id, 2)[0];
        assertThat(cancellation.getSubject()).startsWith("Aflyst:");
        ICalendar cancelled = ics(cancellation);
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getEvents().get(0).getUid().getValue()).isEqualTo(id + "@samtalebordet");
        assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
    }

    @Autowired
    ReminderService reminders;

    @Test
    void anUnpreparedParticipantIsRemindedByEmailOnce() throws Exception {
        UUID id = conversations.create(new NewConversation(dk.samtalebordet.concept.ConversationKind.MUS,
                fixtures.conceptId("albertslund-mus"), Variant.SKEMA, Form.VED_BORDET,
                Instant.now().plus(2, ChronoUnit.DAYS), 90, "Lokale 2", null, java.util.List.of(fixtures.id("eyi"))),
                fixtures.id("sba"));
        await(id, 0);

        reminders.sendDueReminders();
        reminders.sendDueReminders();

        long deadline = System.currentTimeMillis() + 20_000;
        while (reminderMailsTo("eyi@samtalebordet.example", id) < 1 && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(1_000, greenMail.getReceivedMessages().length + 1);
        }
        assertThat(reminderMailsTo("eyi@samtalebordet.example", id)).isEqualTo(1);
    }

    @Autowired
    dk.samtalebordet.people.PeopleFixtures people;
    @Autowired
    dk.samtalebordet.people.PersonAccounts accounts;

    @Test
    void aReminderIsMailedInTheLanguageEachRecipientChose() throws Exception {
        String leader = people.leader();
        String employee = people.employeeOf(leader, "en god lang adgangskode");
        accounts.chooseLanguage(fixtures.id(employee), "en");
        UUID id = inTwoDays(leader, employee);
        await(id, 0);

        reminders.sendDueReminders();

        long deadline = System.currentTimeMillis() + 20_000;
        while ((reminderMailsTo(employee + "@kommune.dk", id, "Reminder from Samtalebordet") < 1
                || reminderMailsTo(leader + "@kommune.dk", id, "Påmindelse fra Samtalebordet") < 1)
                && System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(1_000, greenMail.getReceivedMessages().length + 1);
        }
        assertThat(reminderMailsTo(employee + "@kommune.dk", id, "Reminder from Samtalebordet")).isEqualTo(1);
        assertThat(reminderMailsTo(leader + "@kommune.dk", id, "Påmindelse fra Samtalebordet")).isEqualTo(1);
        MimeMessage english = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m)
                .equals("Reminder from Samtalebordet")).filter(m -> to(m).equals(employee + "@kommune.dk"))
                .findFirst().orElseThrow();
        assertThat(english.getContent().toString()).startsWith("Dear Tes Testesen")
                .contains("Your development conversation").contains("is coming up");
    }

    @Test
    void anInvitationAndItsCancellationAreMailedInTheLanguageEachRecipientChose() throws Exception {
        String leader = people.leader();
        String employee = people.employeeOf(leader, "en god lang adgangskode");
        accounts.chooseLanguage(fixtures.id(employee), "en");
        UUID id = inTwoDays(leader, employee);

        MimeMessage[] invited = await(id, 0);
        MimeMessage english = to(invited, employee + "@kommune.dk");
        MimeMessage danish = to(invited, leader + "@kommune.dk");
        assertThat(english.getSubject()).startsWith("Invitation: MUS");
        assertThat(text(english)).startsWith("Dear Tes Testesen").contains("You are invited to a development "
                + "conversation on").contains(", Lokale 2.").contains("/samtale/" + id + "/forberedelse");
        assertThat(text(danish)).startsWith("Kære ").contains("Du er inviteret til en udviklingssamtale")
                .contains("Venlig hilsen");

        conversations.cancel(id, fixtures.id(leader));
        MimeMessage[] cancelled = await(id, 1);
        assertThat(to(cancelled, employee + "@kommune.dk").getSubject()).startsWith("Cancelled: MUS");
        assertThat(text(to(cancelled, employee + "@kommune.dk"))).contains("has been cancelled");
        assertThat(to(cancelled, leader + "@kommune.dk").getSubject()).startsWith("Aflyst: MUS");
    }

    /** A MUS between the two, in two days: close enough for a reminder to be due. */
    private UUID inTwoDays(String leader, String employee) {
        return conversations.create(new NewConversation(dk.samtalebordet.concept.ConversationKind.MUS,
                fixtures.conceptId("albertslund-mus"), Variant.SKEMA, Form.VED_BORDET,
                Instant.now().plus(2, ChronoUnit.DAYS), 90, "Lokale 2", null, java.util.List.of(fixtures.id(employee))),
                fixtures.id(leader));
    }

    private static MimeMessage to(MimeMessage[] messages, String address) {
        return Arrays.stream(messages).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
    }

    /** The mail's own text (the part before the .ics). */
    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        while (content instanceof Multipart multipart) {
            content = multipart.getBodyPart(0).getContent();
        }
        return content.toString();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private long reminderMailsTo(String address, UUID conversation) {
        return reminderMailsTo(address, conversation, "Påmindelse fra Samtalebordet");
    }

    private long reminderMailsTo(String address, UUID conversation, String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().equals(subject)
                        && m.getAllRecipients()[0].toString().equals(address)
                        && m.getContent().toString().contains("/samtale/" + conversation + "/forberedelse");
            } catch (Exception e) {
                return false;
            }
        }).count();
    }

    /**
     * The two e-mails (one per participant) of the given conversation and invitation sequence; other
     * conversations' mails (the demo's) are ignored. Waits on GreenMail for new mail, at most 20 s.
     */
    private static MimeMessage[] await(UUID conversation, int sequence) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            MimeMessage[] all = greenMail.getReceivedMessages();
            MimeMessage[] ours = Arrays.stream(all).filter(m -> {
                VEvent e = icsOrNull(m);
                return e != null && e.getUid().getValue().equals(conversation + "@samtalebordet")
                        && e.getSequence().getValue() == sequence;
            }).toArray(MimeMessage[]::new);
            if (ours.length >= 2 || System.currentTimeMillis() > deadline) {
                return ours;
            }
            greenMail.waitForIncomingEmail(1_000, all.length + 1);
        }
    }

    private static VEvent icsOrNull(MimeMessage message) {
        try {
            return ics(message).getEvents().get(0);
        } catch (Exception | AssertionError e) {
            return null;
        }
    }

    private String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ICalendar ics(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    in.transferTo(out);
                    return Biweekly.parse(out.toString(StandardCharsets.UTF_8)).first();
                }
            }
        }
        throw new AssertionError("No text/calendar part in " + message.getSubject());
    }
}
