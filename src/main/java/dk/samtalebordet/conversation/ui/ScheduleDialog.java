package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.TableModel.TableState;
import dk.samtalebordet.shared.ui.DanishDatePickers;
import dk.samtalebordet.shared.ui.Formats;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The leader moves or cancels a planned conversation; everyone gets an updated or cancelled invitation, and every
 * open page of the conversation follows.
 */
class ScheduleDialog extends Dialog {

    ScheduleDialog(ConversationService conversations, TableState state, long me) {
        setHeaderTitle(getTranslation("schedule.title"));
        DateTimePicker startsAt = new DateTimePicker(getTranslation("new.starts-at"));
        startsAt.setDatePickerI18n(DanishDatePickers.danish());
        startsAt.setStep(Duration.ofMinutes(15));
        startsAt.setValue(LocalDateTime.ofInstant(state.startsAt(), Formats.ZONE));
        IntegerField duration = new IntegerField(getTranslation("new.duration"));
        duration.setValue(state.durationMinutes());
        TextField place = new TextField(getTranslation("new.place"));
        place.setValue(state.place() == null ? "" : state.place());
        TextField videoLink = new TextField(getTranslation("new.video-link"));
        videoLink.setValue(state.videoLink() == null ? "" : state.videoLink());
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new Paragraph(getTranslation("schedule.intro")), startsAt, duration, place, videoLink, error);

        Button move = new Button(getTranslation("schedule.move"), e -> {
            try {
                conversations.reschedule(state.conversationId(), me,
                        startsAt.getValue() == null ? null : startsAt.getValue().atZone(Formats.ZONE).toInstant(),
                        duration.getValue() == null ? 0 : duration.getValue(), place.getValue(), videoLink.getValue());
                close();
            } catch (ConversationException ex) {
                error.setText(ConversationMessages.text(this, ex));
                error.setVisible(true);
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancelConversation = new Button(getTranslation("schedule.cancel-conversation"), e -> {
            try {
                conversations.cancel(state.conversationId(), me);
                close();
            } catch (ConversationException ex) {
                error.setText(ConversationMessages.text(this, ex));
                error.setVisible(true);
            }
        });
        cancelConversation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancelConversation, close, move);
    }
}
