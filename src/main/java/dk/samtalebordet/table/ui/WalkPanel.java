package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.samtalebordet.agreement.ui.QuickAgreement;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.shared.ui.Markup;
import dk.samtalebordet.shared.ui.Texts;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;

import java.util.List;
import java.util.function.Function;

/**
 * The conversation on a phone, for walk'n'talk: the question in focus with previous and next, the stikord on
 * the table, and a quick way to note an agreement. On a wide screen it sits above the table as a focus banner.
 */
class WalkPanel extends Div {

    private final TableContext ctx;
    private final Function<Long, String> wording;
    private final Span label = new Span();
    private final Paragraph question = new Paragraph();
    private final Div stikord = new Div();
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
        label.addClassName("walk-label");
        question.addClassName("walk-question");
        question.getElement().setAttribute("aria-live", "polite");
        previous.setText("‹ " + getTranslation("table.focus.previous"));
        next.setText(getTranslation("table.focus.next") + " ›");
        previous.addClickListener(e -> step(-1));
        next.addClickListener(e -> step(1));
        previous.addClassName("walk-step");
        next.addClassName("walk-step");
        Div steps = new Div(previous, next);
        steps.addClassName("walk-steps");
        stikord.addClassName("walk-stikord");

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
        if (focused == null) {
            Texts.update(label, "");
            Texts.update(question, getTranslation("table.focus.none"));
        } else {
            List<QuestionDetails> all = questions();
            int number = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id() == focused) {
                    number = i + 1;
                }
            }
            Texts.update(label, getTranslation("table.focus.number", number, all.size()));
            Texts.update(question, wording.apply(focused));
        }
        boolean editable = ctx.editable() && !questions().isEmpty();
        previous.setEnabled(editable);
        next.setEnabled(editable);
        quickAdd.refresh();
    }

    void stikord(List<PlacedPiece> placed) {
        stikord.removeAll();
        placed.stream().filter(p -> p.kind() == PieceKind.STIKORD).forEach(p -> {
            Span chip = new Span(p.key() + " · " + ctx.initials(p.placedBy()));
            chip.addClassName("walk-chip");
            stikord.add(chip);
        });
        stikord.setVisible(stikord.getComponentCount() > 0);
    }
}
