package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dk.samtalebordet.conversation.ConversationDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.shared.ui.Formats;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The leader moves or cancels a planned conversation; everyone gets an updated or cancelled invitation, and every
 * open page of the conversation follows.
 */
public class ScheduleDialog extends Dialog {

    public ScheduleDialog(ConversationService conversations, ConversationDetails state, long me, Clock clock) {
        setHeaderTitle(getTranslation("schedule.title"));
        ScheduleFields schedule = new ScheduleFields(this, clock);
        schedule.startsAt.setValue(LocalDateTime.ofInstant(state.startsAt(), Formats.ZONE));
        schedule.duration.setValue(state.durationMinutes());
        schedule.place.setValue(state.place() == null ? "" : state.place());
        schedule.videoLink.setValue(state.videoLink() == null ? "" : state.videoLink());
        schedule.videoLink.setVisible(state.form() == dk.samtalebordet.conversation.Form.ONLINE
                || state.videoLink() != null);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new Paragraph(getTranslation("schedule.intro")), schedule.startsAt, schedule.duration, schedule.place,
                schedule.videoLink, error);

        Button move = new Button(getTranslation("schedule.move"), e -> attempt(error, schedule,
                () -> conversations.reschedule(state.conversationId(), me, schedule.start(), schedule.minutes(),
                        schedule.place.getValue(), schedule.videoLink.getValue())));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelConversation = new Button(getTranslation("schedule.cancel-conversation"),
                e -> attempt(error, schedule, () -> conversations.cancel(state.conversationId(), me)));
        cancelConversation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancelConversation, close, move);
    }

    /** Closes on success; a refusal stays in the open dialog, next to its field and below the fields. */
    private void attempt(Paragraph error, ScheduleFields schedule, Runnable change) {
        schedule.clearErrors();
        try {
            change.run();
            close();
        } catch (ConversationException ex) {
            String message = ConversationMessages.text(this, ex);
            schedule.show(ex, message);
            error.setText(message);
            error.setVisible(true);
        }
    }
}
