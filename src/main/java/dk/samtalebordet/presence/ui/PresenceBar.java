package dk.samtalebordet.presence.ui;

import com.vaadin.flow.component.Composite;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.presence.PresenceService.Place;
import dk.samtalebordet.shared.ui.LiveMarkup;
import dk.samtalebordet.shared.ui.Markup;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;

/**
 * The participants, each marked as here (connected now) or not, and where they are.
 *
 * <p>Nothing here is pressed or typed in, so the bar is one element whose content the server writes as markup
 * ({@link LiveMarkup}), instead of some ten components and text nodes per participant; it is written
 * again only when somebody comes or goes.
 */
public class PresenceBar extends Composite<LiveMarkup> {

    private final ConversationContext ctx;

    public PresenceBar(ConversationContext ctx) {
        this.ctx = ctx;
    }

    @Override
    protected LiveMarkup initContent() {
        return new LiveMarkup(markup(Map.of()));
    }

    /** Who is where: at the table, on the plan or the preparation of this conversation, or not connected. */
    public void present(Map<Long, Place> present) {
        getContent().show(markup(present));
    }

    private Element markup(Map<Long, Place> present) {
        Element bar = Markup.element("div").addClass("presence-bar").attr("role", "list")
                .attr("aria-label", getTranslation("table.presence.label"));
        for (ParticipantView p : ctx.details().participants()) {
            Place place = present.get(p.personId());
            Element chip = bar.appendElement("span").addClass("presence-chip").attr("role", "listitem")
                    .attr("data-person", String.valueOf(p.personId()));
            if (place == Place.TABLE) {
                chip.addClass("here");
            } else if (place != null) {
                chip.addClass("elsewhere");
            }
            chip.appendElement("span").addClass("presence-initials").attr("aria-hidden", "true").text(p.initials());
            chip.appendElement("span").addClass("presence-name").text(p.fullName()
                    + (p.personId() == ctx.me ? " (" + getTranslation("table.presence.me") + ")" : ""));
            chip.appendElement("span").addClass("presence-role").text(getTranslation("role." + p.role()));
            chip.appendElement("span").addClass("presence-state").text(getTranslation(place == null
                    ? "table.presence.away" : "table.presence." + place.name().toLowerCase(Locale.ROOT)));
            chip.appendElement("span").addClass("presence-unknown").text(getTranslation("table.presence.unknown"));
        }
        return bar;
    }
}
