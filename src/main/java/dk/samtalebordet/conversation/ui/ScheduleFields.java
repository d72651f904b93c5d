package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValueContext;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.shared.ui.DatePickers;
import dk.samtalebordet.shared.ui.Formats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When and where a conversation is held, for "Ny samtale" and "Flyt eller aflys" alike: the time, the duration,
 * the place and the video link, with Danish date input. The rules live in {@link ConversationService}; a refusal
 * is shown next to the field it concerns, and a date that does not exist is told apart from a missing one.
 */
final class ScheduleFields {

    final DateTimePicker startsAt = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    /** The fields the service's last refusal marked. */
    private final java.util.Set<HasValidation> refusedHere = new java.util.HashSet<>();

    ScheduleFields(com.vaadin.flow.component.Component owner, Clock clock) {
        startsAt.setLabel(owner.getTranslation("new.starts-at"));
        startsAt.setDatePickerI18n(DatePickers.i18n(startsAt.getLocale()));
        DateTimePicker.DateTimePickerI18n i18n = new DateTimePicker.DateTimePickerI18n();
        i18n.setBadInputErrorMessage(owner.getTranslation("conversation.error.start-bad-input"));
        i18n.setIncompleteInputErrorMessage(owner.getTranslation("conversation.error.start-incomplete"));
        i18n.setRequiredErrorMessage(owner.getTranslation("conversation.error.start-required"));
        i18n.setMaxErrorMessage(owner.getTranslation("conversation.error.start-too-far",
                ConversationService.MAX_YEARS_AHEAD));
        startsAt.setI18n(i18n);
        startsAt.setMax(LocalDateTime.now(clock.withZone(Formats.ZONE))
                .plusYears(ConversationService.MAX_YEARS_AHEAD));
        startsAt.setStep(Duration.ofMinutes(15));
        duration.setLabel(owner.getTranslation("new.duration"));
        duration.setMin(ConversationService.DURATION_MIN);
        duration.setMax(ConversationService.DURATION_MAX);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        place.setLabel(owner.getTranslation("new.place"));
        place.setHelperText(owner.getTranslation("new.place.help", ConversationService.PLACE_MAX));
        videoLink.setLabel(owner.getTranslation("new.video-link"));
        videoLink.setHelperText(owner.getTranslation("new.video-link.help"));
    }

    /**
     * The time chosen; refused (next to the field) when what was typed is no date at all, which would otherwise
     * read as if nothing had been chosen.
     */
    Instant start() {
        if (startsAt.getValue() == null
                && startsAt.getDefaultValidator().apply(null, new ValueContext(startsAt)).isError()) {
            throw new ConversationException.InvalidInput("conversation.field.starts-at",
                    "conversation.error.start-bad-input");
        }
        return startsAt.getValue() == null ? null : startsAt.getValue().atZone(Formats.ZONE).toInstant();
    }

    int minutes() {
        return duration.getValue() == null ? 0 : duration.getValue();
    }

    /** Shows a refusal next to its field; false when it concerns none of these fields. */
    boolean show(ConversationException e, String message) {
        Optional<HasValidation> field = e instanceof ConversationException.InvalidInput invalid
                && invalid.field() != null ? Optional.ofNullable(switch (invalid.field()) {
                    case "conversation.field.starts-at" -> startsAt;
                    case "conversation.field.duration" -> duration;
                    case "conversation.field.place" -> place;
                    case "conversation.field.video-link" -> videoLink;
                    default -> null;
                }) : Optional.empty();
        field.ifPresent(f -> {
            f.setErrorMessage(message);
            f.setInvalid(true);
            refusedHere.add(f);
        });
        return field.isPresent();
    }

    /** Clears what the service refused; the browser's own judgement of a typed date (bad input) stays. */
    void clearErrors() {
        refusedHere.forEach(f -> f.setInvalid(false));
        refusedHere.clear();
    }
}
