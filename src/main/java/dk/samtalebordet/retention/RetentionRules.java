package dk.samtalebordet.retention;

import dk.samtalebordet.shared.DanishDates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Instant;
import java.time.Period;

/**
 * How long Samtalebordet keeps what, set by the municipality ({@code samtalebordet.retention.*}); the defaults and
 * their reasons are in the README ("Retention and deletion").
 *
 * @param privateNotes         a private preparation note after its conversation was locked or cancelled
 * @param unheldConversations  a cancelled conversation after its cancellation, and one never held (never
 *                             approved) after the time it was planned for
 * @param afterDeactivation    plans and the personalemappe after the person was deactivated (while employed,
 *                             they are kept)
 * @param reminders            a reminder after it was sent (at least 8 days: a reminder's reason is over by then,
 *                             so it is never sent again)
 * @param audit                an audit log entry
 */
@ConfigurationProperties("samtalebordet.retention")
public record RetentionRules(@DefaultValue("P0D") Period privateNotes,
                             @DefaultValue("P6M") Period unheldConversations,
                             @DefaultValue("P5Y") Period afterDeactivation,
                             @DefaultValue("P30D") Period reminders,
                             @DefaultValue("P5Y") Period audit) {

    private static final Period SHORTEST_REMINDER = Period.ofDays(8);

    public RetentionRules {
        if (reminders.toTotalMonths() == 0 && reminders.getDays() < SHORTEST_REMINDER.getDays()) {
            reminders = SHORTEST_REMINDER;
        }
    }

    /** The moment a period before now began: what is older than it is due. */
    public static Instant before(Instant now, Period period) {
        return now.atZone(DanishDates.ZONE).minus(period).toInstant();
    }
}
