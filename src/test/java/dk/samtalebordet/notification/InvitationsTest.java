package dk.samtalebordet.notification;

import biweekly.Biweekly;
import biweekly.ICalendar;
import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationFixtures;
import dk.samtalebordet.conversation.ConversationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without SMTP (the demo default) nothing fails, and participants download the invitation as .ics. */
@IntegrationTest
class InvitationsTest {

    @Autowired
    Invitations invitations;
    @Autowired
    ConversationFixtures fixtures;
    @Autowired
    ConversationService conversations;

    @Test
    void participantsDownloadTheInvitationAndOthersCannot() {
        UUID id = fixtures.mus("mos", "ama");

        ICalendar ics = Biweekly.parse(new String(invitations.ics(id, fixtures.id("ama")), StandardCharsets.UTF_8))
                .first();
        assertThat(ics.getEvents().get(0).getUid().getValue()).isEqualTo(id + "@samtalebordet");
        assertThat(ics.getEvents().get(0).getSummary().getValue()).contains("Aisha Mahmoud", "Mads Østergaard");
        assertThatThrownBy(() -> invitations.ics(id, fixtures.id("bsm")))
                .isInstanceOf(ConversationException.NotFound.class);
    }

    @Test
    void onlyTheLeaderMovesOrCancelsAPlannedConversation() {
        UUID id = fixtures.mus("mos", "ama");

        assertThatThrownBy(() -> conversations.cancel(id, fixtures.id("ama")))
                .isInstanceOf(ConversationException.NotAllowed.class);
        conversations.cancel(id, fixtures.id("mos"));
        assertThatThrownBy(() -> conversations.cancel(id, fixtures.id("mos")))
                .isInstanceOf(ConversationException.NotEditable.class);
        assertThat(Biweekly.parse(new String(invitations.ics(id, fixtures.id("ama")), StandardCharsets.UTF_8))
                .first().getMethod().getValue()).isEqualTo("CANCEL");
    }
}
