package dk.samtalebordet.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.conversation.ui.ConversationMessages;
import dk.samtalebordet.plan.PlanException;
import dk.samtalebordet.plan.PlanOverview;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.shared.ui.BrowserReadOnly;
import dk.samtalebordet.shared.ui.Drafts;
import dk.samtalebordet.shared.ui.RemoteText;
import dk.samtalebordet.shared.ui.UnsavedText;
import dk.samtalebordet.table.TableModel.TableState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The minutes (referat) and who writes the plan. It lives across the plan page's live updates: minutes someone
 * else stored never land on text being typed (the browser takes them only where nothing unsent is typed), a save
 * begun from minutes others have replaced since is refused and kept to merge, and minutes not saved when the plan
 * is locked stay, to copy.
 */
class MinutesEditor extends Section {

    /** How often minutes are sent while they are typed, as the table's notes. */
    private static final int SEND_INTERVAL_MS = 250;

    private final PlanService plans;
    private final UUID conversationId;
    private final long me;
    private final TextArea minutes = new TextArea();
    private final Select<Long> writer = new Select<>();
    private final Button save = new Button();
    private final UnsavedText unsaved = new UnsavedText();
    /** The stored minutes my field is based on; a field that shows them has nothing unsaved. */
    private String base;
    /** Minutes someone else stored, offered to the browser and not yet known to be taken there. */
    private final List<String> offered = new ArrayList<>();
    /** The stored writer my choice is based on, and whom there is to choose from. */
    private Long writerBase;
    private List<Long> writers = List.of();
    private boolean locked;

    MinutesEditor(PlanService plans, UUID conversationId, long me, Consumer<RuntimeException> refused) {
        this.plans = plans;
        this.conversationId = conversationId;
        this.me = me;
        add(new H2(getTranslation("plan.minutes.title")));
        addClassName("plan-minutes");
        minutes.setLabel(getTranslation("plan.minutes"));
        minutes.setHelperText(getTranslation("plan.minutes.help"));
        minutes.setWidthFull();
        minutes.setValueChangeMode(ValueChangeMode.TIMEOUT);
        minutes.setValueChangeTimeout(SEND_INTERVAL_MS);
        Drafts.keep(minutes, conversationId + ":minutes");
        minutes.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (offered.contains(e.getValue())) {
                base = e.getValue(); // the browser took minutes someone else stored
                offered.clear();
            } else if (locked && !e.getValue().strip().equals(base)) {
                locked(e.getValue()); // typed before the browser learnt of the lock
            }
        });
        writer.setLabel(getTranslation("plan.writer"));
        writer.setEmptySelectionAllowed(true);
        writer.setEmptySelectionCaption(getTranslation("plan.writer.none"));
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> save(refused));
        unsaved.onDismiss(() -> Drafts.discard(minutes));
        add(minutes, unsaved, writer, save);
    }

    private void save(Consumer<RuntimeException> refused) {
        String text = minutes.getValue();
        try {
            plans.saveMinutes(conversationId, me, text, writer.getValue(), base);
            base = text.strip();
            writerBase = writer.getValue();
            minutes.setInvalid(false);
            unsaved.hide();
            Drafts.saved(minutes, text);
        } catch (ConversationException.InvalidInput ex) {
            minutes.setErrorMessage(ConversationMessages.text(this, ex));
            minutes.setInvalid(true);
        } catch (ConversationException.NotEditable ex) {
            locked(text);
        } catch (PlanException ex) {
            if (!"plan.error.minutes-changed".equals(ex.messageKey())) {
                refused.accept(ex);
                return;
            }
            // someone else saved other minutes meanwhile: theirs in the field, mine below it, to merge
            unsaved.show(getTranslation("plan.unsaved.changed"), text);
            base = plans.overview(conversationId, me).minutes().strip();
            offered.clear();
            minutes.setValue(base);
        } catch (ConversationException ex) {
            refused.accept(ex);
        }
    }

    /** The plan as stored now: the minutes and the writer follow, except over what the person is changing. */
    void show(TableState state, PlanOverview plan) {
        List<Long> participants = state.participants().stream().map(ParticipantView::personId).toList();
        if (!participants.equals(writers)) {
            writers = participants;
            writer.setItems(participants);
        }
        writer.setItemLabelGenerator(id -> id == null ? getTranslation("plan.writer.none")
                : state.participant(id).map(ParticipantView::fullName).orElse(""));
        if (base == null || Objects.equals(writer.getValue(), writerBase)) {
            writer.setValue(plan.writerId());
        }
        writerBase = plan.writerId();
        String stored = plan.minutes().strip();
        if (base == null) {
            base = stored;
            minutes.setValue(plan.minutes());
            Drafts.offer(minutes, () -> base, draft -> unsaved.show(getTranslation("table.unsaved.draft"), draft));
        } else if (!stored.equals(base) && !offered.contains(stored)) {
            List<String> shownBefore = new ArrayList<>(List.of(base));
            shownBefore.addAll(offered);
            offered.add(stored);
            RemoteText.offer(minutes, shownBefore, stored);
        }
        locked = plan.locked();
        if (locked && !minutes.getValue().strip().equals(base) && !minutes.getValue().strip().equals(stored)) {
            locked(minutes.getValue());
        }
        BrowserReadOnly.set(minutes, locked);
        writer.setReadOnly(locked);
        save.setVisible(!locked);
    }

    /** The plan was locked before these minutes were saved: they stay below the field, to copy. */
    private void locked(String text) {
        unsaved.show(getTranslation("plan.unsaved.locked"), text);
    }
}
