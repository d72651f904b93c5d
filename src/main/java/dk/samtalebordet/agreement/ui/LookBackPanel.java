package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.agreement.FollowUpItem;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.agreement.FollowUpStatus;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ui.ConversationMessages;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.Markup;

import java.util.List;
import java.util.UUID;

/**
 * The look back (tilbageblik): the agreements of the employee's earlier plans with their status; during the
 * conversation each can be marked gennemført, droppet or videreført (carried into this plan).
 */
public class LookBackPanel extends Div {

    private final FollowUpService followUp;
    private final UUID conversationId;
    private final long me;
    private final boolean actions;
    /** Made when there is first something to look back at: most tables have nothing. */
    private Details details;
    private Div rows;

    public LookBackPanel(FollowUpService followUp, UUID conversationId, long me, boolean actions) {
        this.followUp = followUp;
        this.conversationId = conversationId;
        this.me = me;
        this.actions = actions;
        addClassName("look-back");
        refresh();
    }

    public void refresh() {
        List<FollowUpItem> items = followUp.previousAgreements(conversationId, me);
        setVisible(!items.isEmpty());
        if (items.isEmpty() && details == null) {
            return;
        }
        if (details == null) {
            rows = new Div();
            details = new Details();
            details.add(rows);
            details.setOpened(true);
            add(details);
        }
        details.setSummaryText(getTranslation("lookback.title", items.size()));
        rows.removeAll();
        for (FollowUpItem item : items) {
            var f = item.agreement().fields();
            Div row = new Div();
            row.addClassName("look-back-row");
            // what was agreed, by whom and when, and its status: read only, so markup
            row.add(Markup.text("span", "agreement-what", f.what()));
            row.add(Markup.text("span", "agreement-details", item.employeeName() + " · "
                    + getTranslation("table.agreement.responsible") + ": " + f.responsible()
                    + (f.followUpDate() == null ? "" : " · " + getTranslation("table.agreement.follow-up-date")
                    + ": " + Formats.shortDate(f.followUpDate(), getLocale()))
                    + " · " + Formats.date(item.agreement().heldAt(), getLocale())));
            row.add(Markup.text("span", item.overdue() ? "overdue" : "look-back-status",
                    getTranslation("followup." + item.status())));
            if (actions && item.status() != FollowUpStatus.VIDEREFOERT) {
                Div buttons = new Div();
                buttons.addClassName("editor-buttons");
                for (FollowUpStatus outcome : new FollowUpStatus[] {FollowUpStatus.GENNEMFOERT,
                        FollowUpStatus.DROPPET, FollowUpStatus.VIDEREFOERT}) {
                    Button b = new Button(getTranslation("lookback.mark." + outcome), e -> mark(item, outcome));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    b.getElement().setAttribute("aria-label", getTranslation("lookback.mark." + outcome) + ": "
                            + f.what());
                    buttons.add(b);
                }
                row.add(buttons);
            }
            rows.add(row);
        }
    }

    private void mark(FollowUpItem item, FollowUpStatus outcome) {
        try {
            followUp.markPrevious(conversationId, me, item.agreement().agreementId(), outcome);
            refresh();
        } catch (ConversationException e) {
            com.vaadin.flow.component.notification.Notification.show(ConversationMessages.text(this, e), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        }
    }
}
