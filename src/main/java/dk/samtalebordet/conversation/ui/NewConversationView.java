package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.concept.ConceptSummary;
import dk.samtalebordet.concept.ConversationKind;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.NewConversation;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** A leader creates a MUS, GRUS or LUS: with whom, with which concept, how, when and where. */
@Route("samtaler/ny")
@Menu(title = "nav.new-conversation", order = 1.5, icon = "vaadin:plus-circle-o")
@RolesAllowed(Role.Names.LEDER)
public class NewConversationView extends Main implements HasDynamicTitle {

    private final ConversationService conversations;
    private final long me;

    final RadioButtonGroup<ConversationKind> kind = new RadioButtonGroup<>();
    final RadioButtonGroup<PersonSummary> one = new RadioButtonGroup<>();
    final CheckboxGroup<PersonSummary> group = new CheckboxGroup<>();
    final Select<ConceptSummary> concept = new Select<>();
    final RadioButtonGroup<Variant> variant = new RadioButtonGroup<>();
    final RadioButtonGroup<Form> form = new RadioButtonGroup<>();
    final ScheduleFields schedule;
    final Checkbox blind = new Checkbox();
    final Button create = new Button();
    private final Paragraph error = new Paragraph();

    public NewConversationView(ConversationService conversations, CurrentUser currentUser, Clock clock) {
        this.conversations = conversations;
        this.me = currentUser.require().personId();
        addClassName("page");
        add(new ViewHeader(getTranslation("new.title"), getTranslation("new.intro")));

        kind.setLabel(getTranslation("new.kind"));
        List<ConversationKind> kinds = Arrays.stream(ConversationKind.values())
                .filter(k -> !conversations.candidates(me, k).isEmpty()).toList();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k + ".long") + " (" + getTranslation("kind." + k)
                + ")");
        one.setLabel(getTranslation("new.with"));
        one.setItemLabelGenerator(p -> p.fullName() + " – " + p.jobTitle());
        group.setLabel(getTranslation("new.with-group"));
        group.setItemLabelGenerator(p -> p.fullName() + " – " + p.jobTitle());
        concept.setLabel(getTranslation("new.concept"));
        concept.setItemLabelGenerator(c -> c.name() + " (" + getTranslation("concepts.version", c.version()) + ")");
        variant.setLabel(getTranslation("new.variant"));
        variant.setItems(Variant.values());
        variant.setItemLabelGenerator(v -> getTranslation("variant." + v));
        variant.setValue(Variant.PUSLESPIL);
        form.setLabel(getTranslation("new.form"));
        form.setItems(Form.values());
        form.setItemLabelGenerator(f -> getTranslation("form." + f));
        form.setValue(Form.VED_BORDET);
        schedule = new ScheduleFields(this, clock);
        schedule.startsAt.setValue(LocalDateTime.now(clock.withZone(Formats.ZONE)).plusDays(7)
                .truncatedTo(ChronoUnit.HOURS).withHour(10));
        schedule.duration.setValue(NewConversation.DEFAULT_DURATION_MINUTES);
        blind.setLabel(getTranslation("new.blind"));
        blind.setHelperText(getTranslation("new.blind.help"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        kind.addValueChangeListener(e -> kindChanged(e.getValue()));
        form.addValueChangeListener(e -> schedule.videoLink.setVisible(e.getValue() == Form.ONLINE));
        schedule.videoLink.setVisible(false);
        if (!kinds.isEmpty()) {
            kind.setValue(kinds.get(0));
        }

        create.setText(getTranslation("new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        FormLayout layout = new FormLayout(kind, one, group, concept, variant, form, schedule.startsAt,
                schedule.duration, schedule.place, schedule.videoLink, blind);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        layout.setColspan(kind, 2);
        layout.setColspan(one, 2);
        layout.setColspan(group, 2);
        layout.addClassName("new-conversation-form");
        add(layout, error, create);
    }

    private void kindChanged(ConversationKind k) {
        List<PersonSummary> people = k == null ? List.of() : conversations.candidates(me, k);
        boolean isGroup = k == ConversationKind.GRUS;
        one.setItems(people);
        group.setItems(people);
        one.setVisible(!isGroup);
        group.setVisible(isGroup);
        List<ConceptSummary> fitting = k == null ? List.of() : conversations.conceptsFor(k, me);
        concept.setItems(fitting);
        concept.setValue(fitting.isEmpty() ? null : fitting.get(0));
    }

    private void create() {
        ConversationKind k = kind.getValue();
        List<Long> chosen = k == ConversationKind.GRUS
                ? group.getValue().stream().map(PersonSummary::id).sorted().toList()
                : one.getOptionalValue().map(p -> List.of(p.id())).orElse(List.of());
        schedule.clearErrors();
        try {
            NewConversation request = new NewConversation(k, concept.getOptionalValue().map(ConceptSummary::id)
                    .orElse(-1L), variant.getValue(), form.getValue(), schedule.start(), schedule.minutes(),
                    schedule.place.getValue(), schedule.videoLink.getValue(), chosen, blind.getValue());
            var id = conversations.create(request, me);
            getUI().ifPresent(ui -> ui.navigate("samtale/" + id));
        } catch (ConversationException e) {
            String message = ConversationMessages.text(this, e);
            schedule.show(e, message);
            error.setText(message);
            error.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("new.page-title");
    }
}
