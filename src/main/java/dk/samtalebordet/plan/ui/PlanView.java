package dk.samtalebordet.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.agreement.AgreementModel.AgreementChanged;
import dk.samtalebordet.agreement.AgreementModel.AgreementRemoved;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationEvents.ApprovalsWithdrawn;
import dk.samtalebordet.conversation.ConversationEvents.StatusChanged;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.conversation.ui.ConversationMessages;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationPage;
import dk.samtalebordet.plan.PlanChanged;
import dk.samtalebordet.plan.PlanException;
import dk.samtalebordet.plan.PlanOverview;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.TableState;
import jakarta.annotation.security.PermitAll;

import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The udviklingsplan of one conversation: its agreements, minutes and writer, the leader's proposal, every
 * participant's approval, and, once all have approved, the locked plan and its PDF. Live for all participants.
 */
@Route("samtale/:conversationId([0-9a-fA-F-]{36})/plan")
@PermitAll
public class PlanView extends ConversationPage {

    private final PlanService plans;
    private final LiveTableService table;
    private final ArchiveService archive;
    /** Kept across live re-renders of the page, so minutes being typed are never replaced. */
    private MinutesEditor minutes;
    private UUID minutesOf;
    private PlanStatus status;
    private final Div agreementsSlot = new Div();

    public PlanView(PlanService plans, LiveTableService table, ConversationAccess access, PresenceService presence,
                    ArchiveService archive, CurrentUser currentUser, LiveEventBus bus) {
        super(access, presence, currentUser, bus, PresenceService.Place.PLAN);
        this.plans = plans;
        this.table = table;
        this.archive = archive;
        addClassNames("page", "plan-view");
    }

    @Override
    protected void onEvent(LiveEvent event) {
        if (event instanceof ApprovalsWithdrawn) {
            Notification n = Notification.show(getTranslation("plan.withdrawn"), 6000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        if (event instanceof PlanChanged || event instanceof AgreementChanged
                || event instanceof AgreementRemoved || event instanceof StatusChanged
                || event instanceof ApprovalsWithdrawn || event instanceof LiveEvent.Missed) {
            render();
        }
    }

    /** Besides what every conversation page says: another participant proposed or approved the plan. */
    @Override
    protected void announce(LiveEvent event) {
        if (event instanceof ApprovalsWithdrawn) {
            return; // the notification says it, to everybody on this page, the one who withdrew them too
        }
        super.announce(event);
        if (event instanceof PlanChanged e && e.what() == PlanChanged.What.PROPOSED) {
            say(e.by(), "announce.proposed");
        } else if (event instanceof PlanChanged e && e.what() == PlanChanged.What.APPROVED) {
            say(e.by(), "announce.approved");
        }
    }

    /**
     * Lays out the page once per conversation; afterwards only the agreements are rendered anew, while the
     * approval and the minutes editor change in place (a field or button keeps focus, and what is being typed).
     */
    @Override
    protected void render() {
        TableState state = table.state(conversationId, me);
        PlanOverview plan = plans.overview(conversationId, me);
        if (minutes == null || !conversationId.equals(minutesOf)) {
            removeAll();
            Anchor back = new Anchor("samtale/" + conversationId, "← " + getTranslation("plan.back"));
            back.addClassName("back-link");
            minutes = new MinutesEditor(plans, conversationId, me, this::showError);
            minutesOf = conversationId;
            status = new PlanStatus(plans, archive, conversationId, me, this::run);
            add(back, new ViewHeader(getTranslation("plan.title"), title), status, agreementsSlot, minutes);
        }
        status.show(state, plan);
        agreementsSlot.removeAll();
        agreementsSlot.add(agreements(state));
        minutes.show(state, plan);
    }

    private Section agreements(TableState state) {
        Section section = new Section(new H2(getTranslation("plan.agreements")));
        section.addClassName("plan-agreements");
        if (state.agreements().isEmpty()) {
            section.add(new Paragraph(getTranslation("table.agreements.none")));
        }
        Map<Long, String> perspectives = state.concept().perspectives().stream()
                .collect(Collectors.toMap(p -> p.id(), p -> p.name()));
        for (AgreementView a : state.agreements()) {
            var f = a.fields();
            Div row = new Div();
            row.addClassName("plan-agreement");
            Span what = new Span(f.what());
            what.addClassName("agreement-what");
            row.add(what);
            row.add(detail("plan.scope", a.perspectiveId() == null ? getTranslation("plan.scope.whole")
                    : perspectives.get(a.perspectiveId())));
            row.add(detail("table.agreement.who", f.who()), detail("table.agreement.when", f.when()),
                    detail("table.agreement.responsible", f.responsible()),
                    detail("table.agreement.follow-up-date", f.followUpDate() == null ? ""
                            : Formats.shortDate(f.followUpDate(), getLocale())),
                    detail("plan.detail.follow-up-how", f.followUp()),
                    detail("table.agreement.value", f.value()));
            if (f.forPersonId() != null) {
                row.add(detail("table.agreement.for", state.participant(f.forPersonId())
                        .map(ParticipantView::fullName).orElse("")));
            }
            section.add(row);
        }
        return section;
    }

    private Span detail(String key, String value) {
        Span s = new Span(getTranslation(key) + ": " + (value == null || value.isEmpty() ? "–" : value));
        s.addClassName("agreement-detail");
        return s;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (ConversationException | PlanException e) {
            showError(e);
        }
    }

    private void showError(RuntimeException e) {
        String message = e instanceof PlanException p ? getTranslation(p.messageKey())
                : ConversationMessages.text(this, (ConversationException) e);
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.page-title", title);
    }
}
