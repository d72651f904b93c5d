package dk.samtalebordet.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.TableModel.ParticipantView;
import dk.samtalebordet.conversation.TableModel.TableState;
import dk.samtalebordet.plan.PlanException;
import dk.samtalebordet.plan.PlanOverview;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.shared.ui.BrowserReadOnly;
import dk.samtalebordet.shared.ui.Drafts;
import dk.samtalebordet.shared.ui.RemoteText;
import dk.samtalebordet.shared.ui.UnsavedText;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The minutes (referat) and who writes the plan. It lives across the plan page's live updates: text being typed
 * is never replaced by what someone else stored, and text not saved when the plan is locked stays, to copy.
 */
class MinutesEditor extends Section {

    private final TextArea minutes = new TextArea();
    private final Select<Long> writer = new Select<>();
    private final Button save = new Button();
    private final UnsavedText unsaved = new UnsavedText();
    /** The stored minutes the field showed last: a field that still shows them has nothing unsaved. */
    private String shown;
    /** Minutes someone else stored, offered to the browser and not yet known to be taken there. */
    private String offered;
    private final Supplier<String> stored;

    MinutesEditor(PlanService plans, UUID conversationId, long me, Consumer<RuntimeException> refused) {
        this.stored = () -> plans.overview(conversationId, me).minutes().strip();
        add(new H2(getTranslation("plan.minutes.title")));
        addClassName("plan-minutes");
        minutes.setLabel(getTranslation("plan.minutes"));
        minutes.setHelperText(getTranslation("plan.minutes.help"));
        minutes.setWidthFull();
        Drafts.keep(minutes, conversationId + ":minutes");
        writer.setLabel(getTranslation("plan.writer"));
        writer.setEmptySelectionAllowed(true);
        writer.setEmptySelectionCaption(getTranslation("plan.writer.none"));
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> {
            String text = minutes.getValue();
            try {
                plans.saveMinutes(conversationId, me, text, writer.getValue(), shown);
                shown = text.strip();
                minutes.setInvalid(false);
                unsaved.hide();
                Drafts.saved(minutes, text);
            } catch (ConversationException.InvalidInput ex) {
                minutes.setErrorMessage(getTranslation(ex.messageKey(), getTranslation("conversation.field.minutes"),
                        ex.args()[1], ex.args()[2]));
                minutes.setInvalid(true);
            } catch (ConversationException.NotEditable ex) {
                unsaved.show(getTranslation("plan.unsaved.locked"), text);
            } catch (PlanException ex) {
                if ("plan.error.minutes-changed".equals(ex.messageKey())) {
                    // someone else saved other minutes meanwhile: theirs in the field, mine below it, to merge
                    unsaved.show(getTranslation("plan.unsaved.changed"), text);
                    shown = stored.get();
                    minutes.setValue(shown);
                } else {
                    refused.accept(ex);
                }
            } catch (ConversationException ex) {
                refused.accept(ex);
            }
        });
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().equals(offered)) {
                shown = offered; // the browser took minutes someone else stored
                offered = null;
            }
        });
        unsaved.onDismiss(() -> Drafts.discard(minutes));
        add(minutes, unsaved, writer, save);
    }

    /** The plan as stored now: the minutes follow, except over text the person is typing. */
    void show(TableState state, PlanOverview plan) {
        writer.setItems(state.participants().stream().map(ParticipantView::personId).toList());
        writer.setItemLabelGenerator(id -> id == null ? getTranslation("plan.writer.none")
                : state.participant(id).map(ParticipantView::fullName).orElse(""));
        writer.setValue(plan.writerId());
        String stored = plan.minutes().strip();
        if (shown == null) {
            shown = stored;
            minutes.setValue(plan.minutes());
            Drafts.offer(minutes, () -> shown, draft -> unsaved.show(getTranslation("table.unsaved.draft"), draft));
        } else if (!stored.equals(shown)) {
            offered = stored;
            RemoteText.offer(minutes, List.of(shown), stored);
        }
        if (plan.locked() && !minutes.getValue().strip().equals(shown) && !minutes.getValue().strip().equals(stored)) {
            locked();
        }
        BrowserReadOnly.set(minutes, plan.locked());
        writer.setReadOnly(plan.locked());
        save.setVisible(!plan.locked());
    }

    /** The plan was locked before the minutes typed here were saved: they stay below the field, to copy. */
    private void locked() {
        unsaved.show(getTranslation("plan.unsaved.locked"), minutes.getValue());
    }
}
