package dk.samtalebordet.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.concept.Audience;
import dk.samtalebordet.concept.ConceptDefinition.GuidanceDefinition;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.agreement.FollowUpService;
import dk.samtalebordet.agreement.ui.LookBackPanel;
import dk.samtalebordet.conversation.ConversationAccess;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ParticipantRole;
import dk.samtalebordet.conversation.ui.ConversationMessages;
import dk.samtalebordet.preparation.Preparation;
import dk.samtalebordet.preparation.Preparation.ParticipantPreparation;
import dk.samtalebordet.preparation.PreparationService;
import dk.samtalebordet.presence.PresenceService;
import dk.samtalebordet.presence.ui.ConversationPage;
import dk.samtalebordet.table.LiveTableService;
import dk.samtalebordet.table.TableModel.PreparationChanged;
import dk.samtalebordet.table.TableModel.TableState;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.PlainText;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A participant's preparation: the concept's guidance for their role, the questions as worded for this
 * conversation with private notes, the 3 stikord they choose and share, and everybody's progress.
 */
@Route("samtale/:conversationId([0-9a-fA-F-]{36})/forberedelse")
@PermitAll
public class PreparationView extends ConversationPage {

    private final PreparationService preparations;
    private final LiveTableService table;
    private final FollowUpService followUp;
    private final Map<String, String> links;
    private final Div status = new Div();

    public PreparationView(PreparationService preparations, LiveTableService table, ConversationAccess access,
                           PresenceService presence, FollowUpService followUp, CurrentUser currentUser,
                           LiveEventBus bus,
                           @Value("${samtalebordet.links.vision:https://www.albertslund.dk/}") String vision,
                           @Value("${samtalebordet.links.organisationskompas:https://www.albertslund.dk/}")
                           String compass,
                           @Value("${samtalebordet.links.grundlag:https://www.albertslund.dk/}") String foundation) {
        super(access, presence, currentUser, bus, PresenceService.Place.PREPARATION);
        this.preparations = preparations;
        this.table = table;
        this.followUp = followUp;
        this.links = Map.of("prep.link.vision", vision, "prep.link.compass", compass, "prep.link.foundation",
                foundation);
        addClassNames("page", "preparation-view");
    }

    @Override
    protected void onEvent(LiveEvent event) {
        if (event instanceof PreparationChanged e && e.personId() != me || event instanceof LiveEvent.Missed) {
            renderStatus();
        }
    }

    @Override
    protected void render() {
        TableState state = table.state(conversationId, me);
        Preparation.PreparationView prep = preparations.view(conversationId, me);
        removeAll();
        Anchor back = new Anchor("samtale/" + conversationId, "← " + getTranslation("plan.back"));
        back.addClassName("back-link");
        add(back, new ViewHeader(getTranslation("prep.title"), title));
        status.addClassName("prep-status");
        add(status, new LookBackPanel(followUp, conversationId, me, false), stikord(state, prep),
                questions(state, prep), guidance(state), links());
        renderStatus();
    }

    private void renderStatus() {
        Preparation.PreparationView prep = preparations.view(conversationId, me);
        status.removeAll();
        status.add(new H2(getTranslation("prep.status.title")));
        if (prep.revealWhenAllChosen()) {
            status.add(new Paragraph(getTranslation("prep.blind")));
        }
        UnorderedList list = new UnorderedList();
        for (ParticipantPreparation p : prep.participants()) {
            String text = p.name() + " (" + getTranslation("role." + p.role()) + "): "
                    + getTranslation("prep.status." + p.status())
                    + (p.stikord().isEmpty() || p.personId() == me ? "" : " – " + String.join(", ", p.stikord()));
            ListItem item = new ListItem(text);
            item.getElement().setAttribute("data-person", String.valueOf(p.personId()));
            item.addClassName("prep-" + p.status().name().toLowerCase());
            list.add(item);
        }
        status.add(list);
    }

    private Section stikord(TableState state, Preparation.PreparationView prep) {
        Section section = new Section(new H2(getTranslation("prep.stikord.title")));
        section.addClassName("prep-section");
        section.add(new Paragraph(getTranslation("prep.stikord.intro")));
        CheckboxGroup<String> choice = new CheckboxGroup<>(getTranslation("prep.stikord.label"));
        choice.addClassName("stikord-choice");
        choice.setItems(state.concept().stikord());
        choice.setValue(new LinkedHashSet<>(prep.mine().stikord()));
        choice.setReadOnly(!prep.canChange());
        // a 4th tick is refused at once: the others wait until one of the 3 is taken off
        SerializablePredicate<String> offered = s -> choice.getValue().size() < PreparationService.STIKORD_TO_CHOOSE
                || choice.getValue().contains(s);
        choice.setItemEnabledProvider(offered);
        choice.setHelperText(getTranslation("prep.stikord.help", PreparationService.STIKORD_TO_CHOOSE));
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue().size() > PreparationService.STIKORD_TO_CHOOSE) {
                choice.setValue(e.getOldValue());
                choice.setErrorMessage(getTranslation("prep.stikord.fourth", PreparationService.STIKORD_TO_CHOOSE));
                choice.setInvalid(true);
                return;
            }
            choice.setInvalid(false);
            choice.setItemEnabledProvider(offered); // applies it anew to every box; the ticks stay
        });
        Button save = new Button(getTranslation("prep.stikord.save"), e -> stikordChange(choice,
                ordered -> preparations.chooseStikord(conversationId, me, ordered), state));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button share = new Button(getTranslation("prep.stikord.share"), e -> stikordChange(choice,
                ordered -> preparations.share(conversationId, me, ordered), state));
        Div buttons = new Div(save, share);
        buttons.addClassName("editor-buttons");
        buttons.setVisible(prep.canChange());
        section.add(choice, buttons);
        if (!prep.canChange()) {
            section.add(new Paragraph(getTranslation("prep.stikord.closed")));
        }
        return section;
    }

    /** Saves (and shares) the stikord ticked now, in the concept's order; a refusal shows at the choice. */
    private void stikordChange(CheckboxGroup<String> choice, java.util.function.Consumer<List<String>> change,
                               TableState state) {
        List<String> ordered = state.concept().stikord().stream().filter(choice.getValue()::contains).toList();
        try {
            change.accept(new ArrayList<>(ordered));
            choice.setInvalid(false);
            renderStatus();
        } catch (ConversationException ex) {
            choice.setErrorMessage(ConversationMessages.text(this, ex));
            choice.setInvalid(true);
        }
    }

    private Section questions(TableState state, Preparation.PreparationView prep) {
        Section section = new Section(new H2(getTranslation("prep.questions.title")));
        section.addClassName("prep-section");
        section.add(new Paragraph(getTranslation("prep.questions.intro")));
        for (PerspectiveDetails p : state.concept().perspectives()) {
            if (p.questions().isEmpty()) {
                continue;
            }
            Div block = new Div();
            block.addClassName("perspective");
            block.getStyle().set("--piece-colour", p.colour());
            block.add(new com.vaadin.flow.component.html.H3(p.name()));
            for (QuestionDetails q : p.questions()) {
                String wording = state.questions().get(q.id()).wording();
                Paragraph question = new Paragraph(wording == null ? q.text() : wording);
                question.addClassName("prep-question");
                TextArea note = new TextArea(getTranslation("prep.private-note"));
                note.setWidthFull();
                note.setHelperText(getTranslation("prep.private-note.help"));
                note.setValue(prep.privateNotes().getOrDefault(q.id(), ""));
                note.setValueChangeMode(ValueChangeMode.LAZY);
                note.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        try {
                            preparations.savePrivateNote(conversationId, me, q.id(), e.getValue());
                            note.setInvalid(false);
                        } catch (ConversationException ex) {
                            note.setErrorMessage(ConversationMessages.text(this, ex));
                            note.setInvalid(true);
                        }
                    }
                });
                block.add(question, note);
            }
            section.add(block);
        }
        return section;
    }

    private Section guidance(TableState state) {
        Section section = new Section(new H2(getTranslation("prep.guidance.title")));
        section.addClassName("prep-section");
        ParticipantRole role = state.participant(me).map(p -> p.role()).orElse(ParticipantRole.EMPLOYEE);
        Audience audience = state.kind() == ConversationKind.LUS
                ? (role == ParticipantRole.LEADER ? Audience.LEADERS_LEADER : Audience.LEADER)
                : (role == ParticipantRole.LEADER ? Audience.LEADER : Audience.EMPLOYEE);
        for (GuidanceDefinition g : state.concept().guidanceFor(audience)) {
            Div body = new Div();
            PlainText.append(body, g.body());
            Details details = new Details(g.title(), body);
            details.setOpened(g.audience() != Audience.ALL);
            section.add(details);
        }
        section.addClassName("guidance");
        return section;
    }

    private Section links() {
        Section section = new Section(new H2(getTranslation("prep.links.title")));
        section.addClassName("prep-section");
        UnorderedList list = new UnorderedList();
        for (String key : new String[] {"prep.link.vision", "prep.link.compass", "prep.link.foundation"}) {
            Anchor a = new Anchor(links.get(key), getTranslation(key));
            a.setTarget("_blank");
            a.getElement().setAttribute("rel", "noopener noreferrer");
            list.add(new ListItem(a));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prep.page-title", title);
    }
}
