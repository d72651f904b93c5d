package dk.samtalebordet.agreement.ui;

import com.vaadin.flow.component.Component;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.presence.ui.ConversationContext;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.LiveMarkup;
import dk.samtalebordet.shared.ui.Markup;
import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * One agreement row, all of it markup: what was agreed, its details, who is editing it, and plain buttons that
 * its list's one listener hears ({@link AgreementList}). Drawn again only when any of it differs.
 */
final class AgreementRow {

    static final String EDIT = "edit";
    static final String DELETE = "delete";
    /** Which button a row's button is, and which row: what the browser sends with a press (AgreementList). */
    static final String ACTION_ATTRIBUTE = "data-agreement-action";
    static final String ROW_ATTRIBUTE = "data-agreement";

    private final Component owner;
    private final Locale locale;
    private final ConversationContext ctx;
    private AgreementView agreement;
    private Long heldBy;
    final LiveMarkup view;

    /**
     * @param owner  the list, for the translations
     * @param locale the page's (a change of language loads the page again)
     */
    AgreementRow(Component owner, Locale locale, ConversationContext ctx, AgreementView agreement) {
        this.owner = owner;
        this.locale = locale;
        this.ctx = ctx;
        this.agreement = agreement;
        this.view = new LiveMarkup(markup());
    }

    AgreementView agreement() {
        return agreement;
    }

    void show(AgreementView a) {
        this.agreement = a;
        redraw();
    }

    void heldBy(Long personId) {
        this.heldBy = personId;
        redraw();
    }

    boolean heldByOther() {
        return heldBy != null && heldBy != ctx.me;
    }

    /** Draws the row as things are now, e.g. once the conversation can no longer change (no buttons then). */
    void redraw() {
        view.show(markup());
    }

    private Element markup() {
        AgreementView a = agreement;
        Element row = Markup.element("div").addClass("agreement-row").attr("role", "listitem");
        row.appendElement("span").addClass("agreement-what").text(a.fields().what());
        Element shown = row.appendElement("div").addClass("agreement-details");
        detail(shown, "table.agreement.who", a.fields().who());
        detail(shown, "table.agreement.when", a.fields().when());
        detail(shown, "table.agreement.responsible", a.fields().responsible());
        String followUp = (a.fields().followUpDate() == null ? ""
                : Formats.shortDate(a.fields().followUpDate(), locale))
                + (a.fields().followUpDate() != null && !a.fields().followUp().isEmpty() ? " – " : "")
                + a.fields().followUp();
        detail(shown, "table.agreement.follow-up", followUp);
        detail(shown, "table.agreement.value", a.fields().value());
        if (ctx.details().kind() == ConversationKind.GRUS) {
            detail(shown, "table.agreement.for", a.fields().forPersonId() == null
                    ? owner.getTranslation("table.agreement.for-group") : ctx.name(a.fields().forPersonId()));
        }
        row.appendElement("div").addClass("typing-indicator")
                .text(heldByOther() ? owner.getTranslation("table.editing", ctx.name(heldBy)) : "");
        if (ctx.editable()) {
            Element actions = row.appendElement("div").addClass("agreement-actions");
            button(actions, EDIT, "action.edit");
            button(actions, DELETE, "action.delete").addClass("danger");
        }
        return row;
    }

    private Element button(Element actions, String action, String label) {
        Element button = actions.appendElement("button").attr("type", "button").addClass("agreement-action")
                .attr(ACTION_ATTRIBUTE, action).attr(ROW_ATTRIBUTE, agreement.id().toString())
                .attr("data-focus-key", action + ":" + agreement.id()) // focus stays when drawn again
                .text(owner.getTranslation(label));
        if (heldByOther()) {
            button.attr("disabled", true);
        }
        return button;
    }

    private void detail(Element shown, String key, String value) {
        if (!value.isEmpty()) {
            Element item = shown.appendElement("span").addClass("agreement-detail");
            item.appendElement("span").addClass("detail-label").text(owner.getTranslation(key) + ": ");
            item.appendElement("span").text(value);
        }
    }
}
