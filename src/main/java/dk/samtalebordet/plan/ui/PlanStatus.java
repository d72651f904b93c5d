package dk.samtalebordet.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.conversation.ParticipantView;
import dk.samtalebordet.plan.PlanOverview;
import dk.samtalebordet.plan.PlanService;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.table.TableModel.TableState;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Where the plan stands: proposed by whom, who has approved, and the buttons to propose and approve, or the PDFs
 * once it is locked. Built once and changed in place, so a button that has the keyboard focus keeps it while the
 * others approve.
 */
class PlanStatus extends Section {

    private final PlanService plans;
    private final ArchiveService archive;
    private final UUID conversationId;
    private final long me;
    private final Paragraph summary = new Paragraph();
    private final UnorderedList approvals = new UnorderedList();
    private final Button propose;
    private final Button approve;
    private final Div downloads = new Div();

    PlanStatus(PlanService plans, ArchiveService archive, UUID conversationId, long me, Consumer<Runnable> run) {
        this.plans = plans;
        this.archive = archive;
        this.conversationId = conversationId;
        this.me = me;
        addClassName("plan-status");
        getElement().setAttribute("aria-live", "polite");
        summary.addClassName("plan-summary");
        approvals.addClassName("approvals");
        propose = new Button(getTranslation("plan.propose"), e -> run.accept(() -> plans.propose(conversationId, me)));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve = new Button(getTranslation("plan.approve"), e -> run.accept(() -> plans.approve(conversationId, me)));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        downloads.addClassName("plan-downloads");
        Div actions = new Div(propose, approve, downloads);
        actions.addClassName("plan-actions");
        add(new H2(getTranslation("plan.approval.title")), summary, approvals, actions);
    }

    void show(TableState state, PlanOverview plan) {
        Map<Long, String> names = state.participants().stream()
                .collect(Collectors.toMap(ParticipantView::personId, ParticipantView::fullName));
        if (plan.locked()) {
            summary.setText(getTranslation("plan.locked", Formats.dateTime(plan.lockedAt(), getLocale())));
        } else if (plan.proposed()) {
            summary.setText(getTranslation("plan.proposed", names.getOrDefault(plan.proposedBy(), ""),
                    Formats.dateTime(plan.proposedAt(), getLocale()), plan.approvals().size(),
                    state.participants().size()));
        } else {
            summary.setText(getTranslation("plan.not-proposed"));
        }
        approvals.removeAll();
        for (ParticipantView p : state.participants()) {
            Instant at = plan.approvals().get(p.personId());
            ListItem item = new ListItem(p.fullName() + " (" + getTranslation("role." + p.role()) + "): "
                    + (at == null ? getTranslation("plan.approval.missing")
                    : getTranslation("plan.approval.given", Formats.dateTime(at, getLocale()))));
            item.addClassName(at == null ? "approval-missing" : "approval-given");
            item.getElement().setAttribute("data-person", String.valueOf(p.personId()));
            approvals.add(item);
        }
        approvals.setVisible(plan.proposed() || plan.locked());
        propose.setVisible(!plan.locked() && plan.iAmLeader() && !plan.proposed());
        approve.setVisible(!plan.locked() && plan.proposed() && !plan.approvedByMe());
        if (!plan.locked()) {
            downloads.removeAll();
        } else if (downloads.getComponentCount() == 0) {
            for (ArchivedDocument document : archive.documentsOf(conversationId, me)) {
                downloads.add(new DownloadLink(getTranslation("plan.download", document.title()),
                        document.fileName(), "application/pdf",
                        () -> archive.download(document.id(), me).bytes()));
            }
            // the filed copies are Danish; anybody may have the plan in English as well
            downloads.add(new DownloadLink(getTranslation("plan.download.translated"),
                    PlanService.translatedFileName(Locale.ENGLISH), "application/pdf",
                    () -> plans.translatedCopy(conversationId, me, Locale.ENGLISH)));
        }
    }
}
