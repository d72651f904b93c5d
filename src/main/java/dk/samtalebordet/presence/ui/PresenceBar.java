package dk.samtalebordet.presence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.presence.PresenceService.Place;
import dk.samtalebordet.shared.ui.Texts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The participants, each marked as here (connected now) or not, and what they are typing in. */
public class PresenceBar extends Div {

    private final ConversationContext ctx;
    private final Map<Long, Span> chips = new HashMap<>();
    private final Map<Long, Span> states = new HashMap<>();

    public PresenceBar(ConversationContext ctx) {
        this.ctx = ctx;
        addClassName("presence-bar");
        getElement().setAttribute("aria-label", getTranslation("table.presence.label"));
        getElement().setAttribute("role", "list");
        for (ParticipantView p : ctx.details().participants()) {
            Span initials = new Span(p.initials());
            initials.addClassName("presence-initials");
            initials.getElement().setAttribute("aria-hidden", "true");
            Span name = new Span(p.fullName() + (p.personId() == ctx.me ? " (" + getTranslation("table.presence.me")
                    + ")" : ""));
            name.addClassName("presence-name");
            Span role = new Span(getTranslation("role." + p.role()));
            role.addClassName("presence-role");
            Span state = new Span();
            state.addClassName("presence-state");
            Span unknown = new Span(getTranslation("table.presence.unknown"));
            unknown.addClassName("presence-unknown");
            Span chip = new Span(initials, name, role, state, unknown);
            chip.addClassName("presence-chip");
            chip.getElement().setAttribute("role", "listitem");
            chip.getElement().setAttribute("data-person", String.valueOf(p.personId()));
            chips.put(p.personId(), chip);
            states.put(p.personId(), state);
            add(chip);
        }
    }

    /** Who is where: at the table, on the plan or the preparation of this conversation, or not connected. */
    public void present(Map<Long, Place> present) {
        chips.forEach((id, chip) -> {
            Place place = present.get(id);
            chip.setClassName("here", place == Place.TABLE);
            chip.setClassName("elsewhere", place != null && place != Place.TABLE);
            Texts.update(states.get(id), getTranslation(place == null ? "table.presence.away"
                    : "table.presence." + place.name().toLowerCase(Locale.ROOT)));
        });
    }
}
