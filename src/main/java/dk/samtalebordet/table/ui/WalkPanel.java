package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.samtalebordet.agreement.ui.QuickAgreement;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.shared.ui.LiveMarkup;
import dk.samtalebordet.shared.ui.Markup;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.function.Function;

/**
 * The conversation on a phone, for walk'n'talk: the question in focus with previous and next, the stikord on
 * the table, and a quick way to note an agreement. On a wide screen it sits above the table as a focus banner.
 */
class WalkPanel extends Div {

    private final TableContext ctx;
    private final Function<Long, String> wording;
    /** What the panel only shows: the question's number, its wording and the stikord on the table. */
    private final LiveMarkup label = new LiveMarkup(Markup.element("span"));
    private final LiveMarkup question = new LiveMarkup(Markup.element("p"));
    private final LiveMarkup stikord = new LiveMarkup(Markup.element("div"));
    private final Button previous = new Button();
    private final Button next = new Button();
    private final QuickAgreement quickAdd;

    WalkPanel(TableContext ctx, Function<Long, String> wording) {
        this.ctx = ctx;
        this.wording = wording;
        addClassName("walk-panel");
        getElement().setAttribute("aria-label", getTranslation("table.focus.label"));
        getElement().setAttribute("role", "region");
        var title = Markup.html(Markup.element("h2").addClass("walk-title").attr("tabindex", "-1")
                .text(getTranslation("table.focus.title")));
        previous.setText("‹ " + getTranslation("table.focus.previous"));
        next.setText(getTranslation("table.focus.next") + " ›");
        previous.addClickListener(e -> step(-1));
        next.addClickListener(e -> step(1));
        previous.addClassName("walk-step");
        next.addClassName("walk-step");
        Div steps = new Div(previous, next);
        steps.addClassName("walk-steps");

        quickAdd = new QuickAgreement(ctx, ctx.agreements);
        add(title, label, question, steps, stikord, quickAdd);
        setId("i-fokus");
        // scroll margins follow the banner's height; on a phone a jump back to it shows once it is scrolled away
        addAttachListener(e -> getElement().executeJs("window.Samtalebordet && "
                + "window.Samtalebordet.stickyBanner(this)"));
        refresh();
    }

    /** On a phone, once this panel is scrolled out of view: a bar at the top of the page that leads back to it. */
    Button jump() {
        Button jump = new Button("↑ " + getTranslation("table.focus.jump"),
                e -> getElement().executeJs("this.scrollIntoView({block: 'start'}); this.querySelector('h2').focus()"));
        jump.addClassName("walk-jump");
        return jump;
    }

    private List<QuestionDetails> questions() {
        return ctx.concept().allQuestions();
    }

    private void step(int delta) {
        List<QuestionDetails> all = questions();
        if (all.isEmpty()) {
            return;
        }
        Long focused = ctx.focus();
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (focused != null && all.get(i).id() == focused) {
                index = i;
            }
        }
        int target = index < 0 ? 0 : Math.floorMod(index + delta, all.size());
        ctx.run(() -> ctx.table.focus(ctx.id, ctx.me, all.get(target).id()));
    }

    void refresh() {
        Long focused = ctx.focus();
        String number = "";
        String text = getTranslation("table.focus.none");
        if (focused != null) {
            List<QuestionDetails> all = questions();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id() == focused) {
                    number = getTranslation("table.focus.number", i + 1, all.size());
                }
            }
            text = wording.apply(focused);
        }
        label.show(Markup.element("span").addClass("walk-label").text(number));
        question.show(Markup.element("p").addClass("walk-question").attr("aria-live", "polite").text(text));
        boolean editable = ctx.editable() && !questions().isEmpty();
        previous.setEnabled(editable);
        next.setEnabled(editable);
        quickAdd.refresh();
    }

    void stikord(List<PlacedPiece> placed) {
        Element chips = Markup.element("div").addClass("walk-stikord");
        placed.stream().filter(p -> p.kind() == PieceKind.STIKORD).forEach(p -> chips.appendElement("span")
                .addClass("walk-chip").text(p.key() + " · " + ctx.initials(p.placedBy())));
        stikord.show(chips);
        stikord.setVisible(chips.childrenSize() > 0);
    }
}
