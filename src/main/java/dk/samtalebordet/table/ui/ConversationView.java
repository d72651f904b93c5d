package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.agreement.AgreementModel.LookBackChanged;
import dk.samtalebordet.agreement.AgreementService;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.agreement.ui.LookBackPanel;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationEvents.ScheduleChanged;
import dk.samtalebordet.conversation.ConversationEvents.StatusChanged;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.conversation.ui.ScheduleDialog;
import dk.samtalebordet.note.NoteService;
import dk.samtalebordet.notification.Invitations;
import dk.samtalebordet.presence.PresenceEvents.PresenceChanged;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.PresenceService.Place;
import dk.samtalebordet.presence.ui.ConversationPage;
import dk.samtalebordet.presence.ui.PresenceBar;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.Markup;
import dk.samtalebordet.shared.ui.ViewHeader;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.StikordChoices;
import dk.samtalebordet.table.TableModel.FocusChanged;
import dk.samtalebordet.table.TableModel.PieceChanged;
import dk.samtalebordet.table.TableModel.PreparationChanged;
import dk.samtalebordet.table.TableModel.QuestionChanged;
import dk.samtalebordet.table.TableModel.TableState;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.UUID;

/**
 * One conversation's shared table, live for every participant on their own device. The view lays out the
 * header, the presence, the toolbar, the focus panel and the {@link TableBody}, and routes each live event to
 * the widget it concerns; every change goes through a service ({@link LiveTableService}, {@link NoteService},
 * {@link AgreementService}).
 */
@Route("samtale/:conversationId([0-9a-fA-F-]{36})")
@PermitAll
public class ConversationView extends ConversationPage {

    public static final String ID_PARAMETER = "conversationId";

    private final LiveTableService table;
    private final NoteService notes;
    private final AgreementService agreements;
    private final StikordChoices stikordChoices;
    private final Invitations invitations;
    private final FollowUpService followUp;
    private final ConversationService conversations;
    private final Clock clock;

    private TableContext ctx;
    private Variant variant;
    private UUID shown;

    private final Div top = new Div();
    private PresenceBar presenceBar;
    private WalkPanel walk;
    private LookBackPanel lookBack;
    private TableBody body;
    private final Checkbox follow = new Checkbox();

    public ConversationView(LiveTableService table, ConversationAccess access, PresenceService presence,
                            NoteService notes, AgreementService agreements, StikordChoices stikordChoices,
                            Invitations invitations, ConversationService conversations, FollowUpService followUp,
                            CurrentUser currentUser, LiveEventBus bus, Clock clock) {
        super(access, presence, currentUser, bus, Place.TABLE);
        this.table = table;
        this.notes = notes;
        this.agreements = agreements;
        this.stikordChoices = stikordChoices;
        this.clock = clock;
        this.followUp = followUp;
        this.invitations = invitations;
        this.conversations = conversations;
        addClassNames("page", "conversation-view");
        top.addClassName("table-top");
    }

    /** Loads the table as stored now and lays it out; the variant chosen stays while it is the same table. */
    @Override
    protected void render() {
        TableState state = table.state(conversationId, me);
        if (!conversationId.equals(shown)) {
            variant = null;
            shown = conversationId;
        }
        ctx = new TableContext(this, state, table, notes, agreements, presence);
        variant = variant == null ? state.variant() : variant;
        removeAll();
        body = null;
        walk = new WalkPanel(ctx, id -> body == null ? "" : body.wording(id));
        presenceBar = new PresenceBar(ctx);
        renderTop(state);
        lookBack = new LookBackPanel(followUp, conversationId, me, state.editable());
        // on a phone the focus panel comes first (CSS order): the conversation is what is in focus
        add(walk.jump(), top, presenceBar, walk, lookBack);
        buildBody(state); // the state just read: the page opens on one reading of the table
        presenceBar.present(presence.presence(conversationId));
    }

    /** The header, the locked banner and the toolbar: what the conversation's status and schedule decide. */
    private void renderTop(TableState state) {
        top.removeAll();
        top.add(new ViewHeader(title, meta(state)));
        if (!state.editable()) {
            top.add(Markup.html(Markup.element("div").addClass("locked-banner").attr("role", "status")
                    .text(getTranslation(state.status() == ConversationStatus.CANCELLED ? "table.cancelled"
                            : "table.locked"))));
        }
        top.add(toolbar(state));
    }

    /** The body anew, from the state given: as stored now, never the state loaded when the page opened. */
    private void buildBody(TableState now) {
        ctx.refresh(now);
        TableBody fresh = new TableBody(ctx, variant);
        if (body == null) {
            add(fresh);
        } else {
            replace(body, fresh);
        }
        body = fresh;
        walk.refresh();
        walk.stikord(body.placedStikord());
        showChosenStikord();
    }

    /** Routes each live event of this conversation to the widget it concerns. */
    @Override
    protected void onEvent(LiveEvent event) {
        if (ctx == null) {
            return;
        }
        if (body.apply(event)) {
            if (event instanceof QuestionChanged) {
                walk.refresh();
            } else if (event instanceof PieceChanged) {
                walk.stikord(body.placedStikord());
            }
        } else if (event instanceof FocusChanged e) {
            ctx.focus(e.questionId());
            body.refreshFocus();
            walk.refresh();
            if (follow.getValue() && e.questionId() != null) {
                body.card(e.questionId()).ifPresent(QuestionCard::scrollBelowBanner);
            }
        } else if (event instanceof LookBackChanged) {
            lookBack.refresh();
        } else if (event instanceof PreparationChanged) {
            showChosenStikord();
        } else if (event instanceof StatusChanged || event instanceof ScheduleChanged) {
            statusChanged();
        } else if (event instanceof PresenceChanged) {
            // what the service knows now, not the event's list: events published by different threads may
            // reach this page in another order than they were made, and the last one must not be an old one
            presenceBar.present(presence.presence(conversationId));
        } else if (event instanceof LiveEvent.Missed) {
            resync();
        }
    }

    @Override
    protected void announce(LiveEvent event) {
        super.announce(event);
        if (ctx != null) {
            TableAnnouncements.announce(ctx, body, event);
        }
    }

    /** Events may have been missed: everything shown is read again, and what is being written stays. */
    private void resync() {
        statusChanged();
        TableState state = ctx.state();
        body.resync(state);
        ctx.focus(state.focusedQuestionId());
        body.refreshFocus();
        walk.refresh();
        walk.stikord(body.placedStikord());
        showChosenStikord();
        lookBack.refresh();
        presenceBar.present(presence.presence(conversationId));
    }

    /**
     * The conversation was locked, cancelled or moved: the header and toolbar follow, and a table that can no
     * longer change becomes read-only in place, so any text being written stays where it was, to copy.
     */
    private void statusChanged() {
        TableState state = table.state(conversationId, me);
        ctx.refresh(state);
        renderTop(state);
        body.setEditable(state.editable());
        walk.refresh();
        if (!state.editable()) {
            LookBackPanel readOnly = new LookBackPanel(followUp, conversationId, me, false);
            replace(lookBack, readOnly);
            lookBack = readOnly;
        }
    }

    /** Each participant's chosen stikord, as far as they are revealed to me, carry their initials. */
    private void showChosenStikord() {
        body.showChosen(stikordChoices.choosers(conversationId, me));
    }

    private String meta(TableState state) {
        StringBuilder s = new StringBuilder(Formats.dateTime(state.startsAt(), getLocale()))
                .append(" · ").append(getTranslation("form." + state.form()));
        if (state.place() != null) {
            s.append(" · ").append(state.place());
        }
        s.append(" · ").append(getTranslation("status." + state.status()));
        return s.toString();
    }

    private Component toolbar(TableState state) {
        RadioButtonGroup<Variant> variants = new RadioButtonGroup<>(getTranslation("table.variant.label"));
        variants.addClassName("variant-choice");
        variants.setItems(Variant.PUSLESPIL, Variant.SKEMA);
        variants.setItemLabelGenerator(v -> getTranslation("variant." + v));
        variants.setValue(variant);
        variants.addValueChangeListener(e -> {
            if (e.getValue() == variant) {
                return; // back to the variant shown: a switch that was refused
            }
            if (body.unfinished()) {
                // the other variant is built anew: first save or close what is being written here
                variants.setValue(e.getOldValue());
                variants.setErrorMessage(getTranslation("table.variant.unfinished"));
                variants.setInvalid(true);
                return;
            }
            variants.setInvalid(false);
            variant = e.getValue();
            buildBody(table.state(conversationId, me));
        });
        Div links = new Div(link("forberedelse", "table.prep-link"), link("plan", "table.plan-link"));
        DownloadLink calendar = new DownloadLink(getTranslation("table.ics"), "samtale.ics", "text/calendar",
                () -> invitations.ics(conversationId, me));
        calendar.addClassName("plan-link");
        links.add(calendar);
        if (state.iAmLeader() && state.status() == ConversationStatus.PLANNED) {
            Button schedule = new Button(getTranslation("schedule.open"), e -> new ScheduleDialog(conversations,
                    state.conversation(), me, clock).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            schedule.addClassName("plan-link");
            links.add(schedule);
        }
        links.addClassName("table-links");
        Div bar = new Div(variants, links);
        bar.addClassName("table-toolbar");
        if (state.form() == Form.ONLINE) {
            if (!state.iAmLeader()) {
                follow.setLabel(getTranslation("table.follow"));
                follow.setHelperText(getTranslation("table.follow.help"));
                follow.addClassName("follow-focus");
                bar.add(follow);
            }
            if (state.videoLink() != null) {
                Anchor link = new Anchor(state.videoLink(), getTranslation("table.video-link"));
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.addClassName("video-link");
                bar.add(link);
            }
        }
        return bar;
    }

    private Component link(String page, String key) {
        return Markup.html(Markup.element("a").attr("href", "samtale/" + conversationId + "/" + page)
                .addClass("plan-link").text(getTranslation(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("table.page-title", title);
    }
}
