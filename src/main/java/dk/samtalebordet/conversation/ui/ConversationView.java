package dk.samtalebordet.conversation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.conversation.ConversationException;
import dk.samtalebordet.conversation.ConversationService;
import dk.samtalebordet.conversation.ConversationStatus;
import dk.samtalebordet.conversation.FollowUpService;
import dk.samtalebordet.conversation.Form;
import dk.samtalebordet.conversation.Invitations;
import dk.samtalebordet.conversation.LiveTableService;
import dk.samtalebordet.conversation.PresenceService;
import dk.samtalebordet.conversation.PreparationService;
import dk.samtalebordet.conversation.TableModel.AgreementChanged;
import dk.samtalebordet.conversation.TableModel.AgreementRemoved;
import dk.samtalebordet.conversation.TableModel.FocusChanged;
import dk.samtalebordet.conversation.TableModel.LookBackChanged;
import dk.samtalebordet.conversation.TableModel.NoteChanged;
import dk.samtalebordet.conversation.TableModel.PieceChanged;
import dk.samtalebordet.conversation.TableModel.PieceKind;
import dk.samtalebordet.conversation.TableModel.PresenceChanged;
import dk.samtalebordet.conversation.TableModel.PreparationChanged;
import dk.samtalebordet.conversation.TableModel.QuestionChanged;
import dk.samtalebordet.conversation.TableModel.StatusChanged;
import dk.samtalebordet.conversation.TableModel.TableState;
import dk.samtalebordet.conversation.TableModel.TypingChanged;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.LiveEventBus;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.LiveUpdates;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One conversation's shared table, live for every participant on their own device. The view only lays out
 * widgets and applies events to them; every change goes through {@link LiveTableService}.
 */
@Route("samtale/:conversationId")
@PermitAll
public class ConversationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "conversationId";

    private final LiveTableService table;
    private final PresenceService presence;
    private final PreparationService preparations;
    private final Invitations invitations;
    private final FollowUpService followUp;
    private final ConversationService conversations;
    private final CurrentUser currentUser;

    private UUID conversationId;
    private TableContext ctx;
    private String connectionId;
    private UUID connectionOf;
    private String title = "";
    private Variant variant;

    private final Div body = new Div();
    private final Map<Long, QuestionCard> questions = new HashMap<>();
    private final Map<Long, NoteEditor> notes = new HashMap<>();
    private final List<AgreementList> agreements = new ArrayList<>();
    private final Map<PieceKind, PieceTray> trays = new HashMap<>();
    private PresenceBar presenceBar;
    private WalkPanel walk;
    private LookBackPanel lookBack;
    private final Checkbox follow = new Checkbox();
    private final LiveUpdates.Following following;

    public ConversationView(LiveTableService table, PresenceService presence, PreparationService preparations,
                            Invitations invitations, ConversationService conversations, FollowUpService followUp,
                            CurrentUser currentUser, LiveEventBus bus) {
        this.followUp = followUp;
        this.invitations = invitations;
        this.conversations = conversations;
        this.table = table;
        this.presence = presence;
        this.preparations = preparations;
        this.currentUser = currentUser;
        addClassNames("page", "conversation-view");
        body.addClassName("table-body");
        following = LiveUpdates.follow(this, bus, () -> conversationId, this::apply);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(ID_PARAMETER).flatMap(ConversationView::parse);
        long me = currentUser.require().personId();
        try {
            TableState state = table.state(id.orElseThrow(ConversationException.NotFound::new), me);
            boolean other = !state.conversationId().equals(conversationId);
            conversationId = state.conversationId();
            title = getTranslation("kind." + state.kind()) + " · " + state.concept().name();
            if (isAttached()) {
                // the same view shows another conversation (or the same to another person): start over
                if (other) {
                    variant = null;
                }
                following.refollow();
                open(event.getUI());
            }
        } catch (ConversationException.NotFound e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (conversationId != null) {
            open(attachEvent.getUI());
        }
    }

    /** Loads the table, lays it out, and joins the presence of the conversation shown now. */
    private void open(UI ui) {
        leave();
        long me = currentUser.require().personId();
        TableState state = table.state(conversationId, me);
        ctx = new TableContext(this, state, table, presence);
        variant = variant == null ? state.variant() : variant;
        build(state);
        UUID joined = conversationId;
        connectionId = presence.join(joined, me,
                () -> Instant.ofEpochMilli(ui.getInternals().getLastHeartbeatTimestamp()));
        connectionOf = joined;
        presenceBar.present(presence.present(conversationId));
    }

    private void leave() {
        if (connectionId != null) {
            presence.leave(connectionOf, connectionId);
            connectionId = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
        super.onDetach(detachEvent);
    }

    /** Routes each live event of this conversation to the widget it concerns. */
    private void apply(Object event) {
        if (ctx == null) {
            return;
        }
        if (event instanceof QuestionChanged e) {
            Optional.ofNullable(questions.get(e.state().questionId())).ifPresent(c -> c.update(e.state()));
            walk.refresh();
        } else if (event instanceof FocusChanged e) {
            ctx.focus(e.questionId());
            questions.values().forEach(QuestionCard::refreshFocus);
            walk.refresh();
            if (follow.getValue() && e.questionId() != null && questions.containsKey(e.questionId())) {
                questions.get(e.questionId()).scrollIntoView();
            }
        } else if (event instanceof PieceChanged e) {
            Optional.ofNullable(trays.get(e.kind())).ifPresent(t -> t.update(e.key(), e.placed()));
            walk.stikord(trays.get(PieceKind.STIKORD) == null ? List.of()
                    : trays.get(PieceKind.STIKORD).placedPieces());
        } else if (event instanceof NoteChanged e) {
            Optional.ofNullable(notes.get(e.note().perspectiveId())).ifPresent(n -> n.remoteUpdate(e.note()));
        } else if (event instanceof AgreementChanged e) {
            agreements.stream().filter(l -> l.accepts(e.agreement())).forEach(l -> l.upsert(e.agreement()));
        } else if (event instanceof AgreementRemoved e) {
            agreements.forEach(l -> l.remove(e.agreementId()));
        } else if (event instanceof LookBackChanged) {
            lookBack.refresh();
        } else if (event instanceof PreparationChanged) {
            showChosenStikord();
        } else if (event instanceof StatusChanged) {
            rebuild();
        } else if (event instanceof PresenceChanged) {
            // what the service knows now, not the event's list: events published by different threads may
            // reach this page in another order than they were made, and the last one must not be an old one
            presenceBar.present(presence.present(conversationId));
        } else if (event instanceof TypingChanged e) {
            notes.values().stream().filter(n -> n.field().equals(e.field()))
                    .forEach(n -> n.typingChanged(e.personId()));
            agreements.forEach(l -> l.typingChanged(e.field(), e.personId()));
        }
    }

    /** Reloads the whole table, e.g. when the plan was locked: from then on everything is read-only. */
    private void rebuild() {
        TableState state = table.state(conversationId, ctx.me);
        ctx = new TableContext(this, state, table, presence);
        build(state);
        presenceBar.present(presence.present(conversationId));
    }

    private void build(TableState state) {
        removeAll();
        add(new ViewHeader(title, meta(state)));
        if (!state.editable()) {
            Div banner = new Div();
            banner.addClassName("locked-banner");
            banner.getElement().setAttribute("role", "status");
            banner.setText(getTranslation("table.locked"));
            add(banner);
        }
        presenceBar = new PresenceBar(ctx);
        add(presenceBar, toolbar(state));
        walk = new WalkPanel(ctx, id -> questions.containsKey(id) ? questions.get(id).wording() : "");
        lookBack = new LookBackPanel(followUp, conversationId, ctx.me, state.editable());
        add(walk, lookBack, body);
        buildBody();
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
        variants.setItems(Variant.PUSLESPIL, Variant.SKEMA);
        variants.setItemLabelGenerator(v -> getTranslation("variant." + v));
        variants.setValue(variant);
        variants.addValueChangeListener(e -> {
            variant = e.getValue();
            buildBody();
        });
        variants.setHelperText(getTranslation("table.variant.help"));
        Anchor prep = new Anchor("samtale/" + state.conversationId() + "/forberedelse",
                getTranslation("table.prep-link"));
        prep.addClassName("plan-link");
        Anchor plan = new Anchor("samtale/" + state.conversationId() + "/plan", getTranslation("table.plan-link"));
        plan.addClassName("plan-link");
        DownloadLink calendar = new DownloadLink(getTranslation("table.ics"), "samtale.ics", "text/calendar",
                () -> invitations.ics(conversationId, ctx.me));
        calendar.addClassName("plan-link");
        Div bar = new Div(variants, prep, plan, calendar);
        if (state.iAmLeader() && state.status() == ConversationStatus.PLANNED) {
            Button schedule = new Button(getTranslation("schedule.open"), e -> new ScheduleDialog(conversations,
                    state, ctx.me, () -> getUI().ifPresent(ui -> ui.getPage().reload())).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            schedule.addClassName("plan-link");
            bar.add(schedule);
        }
        bar.addClassName("table-toolbar");
        if (state.form() == Form.ONLINE) {
            follow.setLabel(getTranslation("table.follow"));
            follow.setHelperText(getTranslation("table.follow.help"));
            bar.add(follow);
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

    private void buildBody() {
        body.removeAll();
        questions.clear();
        notes.clear();
        agreements.clear();
        trays.clear();
        String prompts = String.join(" ", ctx.concept().agreementPrompts());
        if (variant == Variant.SKEMA) {
            body.add(skema(prompts));
        } else {
            body.add(puzzle(prompts));
        }
        PieceTray pictures = new PieceTray(ctx, PieceKind.PICTURE);
        trays.put(PieceKind.PICTURE, pictures);
        if (!ctx.concept().pictures().isEmpty()) {
            body.add(section("table.pictures.title", pictures));
        }
        AgreementList whole = new AgreementList(ctx, null, getTranslation("table.agreements.scope-whole"), prompts);
        agreements.add(whole);
        body.add(section("table.agreements.whole", whole));
        walk.stikord(trays.get(PieceKind.STIKORD).placedPieces());
        showChosenStikord();
    }

    /** Each participant's chosen stikord, as far as they are revealed to me, carry their initials. */
    private void showChosenStikord() {
        Map<String, List<String>> choosers = new HashMap<>();
        for (var p : preparations.view(conversationId, ctx.me).participants()) {
            p.stikord().forEach(s -> choosers.computeIfAbsent(s, k -> new ArrayList<>()).add(p.initials()));
        }
        Optional.ofNullable(trays.get(PieceKind.STIKORD)).ifPresent(t -> t.showChosen(choosers));
    }

    private Component puzzle(String prompts) {
        Div puzzle = new Div();
        puzzle.addClassName("puzzle");
        PieceTray stikord = new PieceTray(ctx, PieceKind.STIKORD);
        trays.put(PieceKind.STIKORD, stikord);
        if (!ctx.concept().stikord().isEmpty()) {
            puzzle.add(section("table.stikord.title", stikord));
        }
        int number = 1;
        for (PerspectiveDetails p : ctx.concept().perspectives()) {
            Section section = new Section();
            section.addClassName("live-perspective");
            section.getStyle().set("--piece-colour", p.colour());
            section.add(new H2(p.name()));
            Div cards = new Div();
            cards.addClassName("question-pieces");
            for (QuestionDetails q : p.questions()) {
                cards.add(card(p, q, number++));
            }
            if (!p.questions().isEmpty()) {
                section.add(cards);
            }
            Div work = new Div(note(p), agreementList(p, prompts));
            work.addClassName("perspective-work");
            section.add(work);
            puzzle.add(section);
        }
        return puzzle;
    }

    /** The seed's table: Perspektiver | Spørgsmål | Stikord | Noter | Aftaler, on the same shared state. */
    private Component skema(String prompts) {
        Div wrapper = new Div();
        wrapper.addClassName("skema-wrapper");
        Element tableElement = new Element("table");
        tableElement.getClassList().add("skema");
        Element head = new Element("tr");
        for (String key : new String[] {"table.skema.perspectives", "table.skema.questions", "table.skema.stikord",
                "table.skema.notes", "table.skema.agreements"}) {
            Element th = new Element("th").setText(getTranslation(key));
            th.setAttribute("scope", "col");
            head.appendChild(th);
        }
        tableElement.appendChild(new Element("thead").appendChild(head));
        Element tbody = new Element("tbody");
        PieceTray stikord = new PieceTray(ctx, PieceKind.STIKORD);
        trays.put(PieceKind.STIKORD, stikord);
        List<PerspectiveDetails> perspectives = ctx.concept().perspectives();
        int number = 1;
        for (int i = 0; i < perspectives.size(); i++) {
            PerspectiveDetails p = perspectives.get(i);
            Element row = new Element("tr");
            row.getStyle().set("--piece-colour", p.colour());
            Element name = new Element("th").setText(p.name());
            name.setAttribute("scope", "row");
            name.getClassList().add("skema-perspective");
            row.appendChild(name);
            Div cards = new Div();
            cards.addClassName("skema-questions");
            for (QuestionDetails q : p.questions()) {
                cards.add(card(p, q, number++));
            }
            row.appendChild(cell("skema-questions-cell", cards));
            if (i == 0) {
                Element stikordCell = new Element("td");
                stikordCell.setAttribute("rowspan", String.valueOf(perspectives.size()));
                stikordCell.getClassList().add("skema-stikord");
                stikordCell.appendChild(stikord.getElement());
                row.appendChild(stikordCell);
            }
            row.appendChild(cell("skema-notes", note(p)));
            row.appendChild(cell("skema-agreements", agreementList(p, prompts)));
            tbody.appendChild(row);
        }
        tableElement.appendChild(tbody);
        wrapper.getElement().appendChild(tableElement);
        return wrapper;
    }

    private static Element cell(String className, Component content) {
        Element td = new Element("td");
        td.getClassList().add(className);
        return td.appendChild(content.getElement());
    }

    private QuestionCard card(PerspectiveDetails p, QuestionDetails q, int number) {
        QuestionCard card = new QuestionCard(ctx, p, q, number);
        questions.put(q.id(), card);
        return card;
    }

    private NoteEditor note(PerspectiveDetails p) {
        NoteEditor editor = new NoteEditor(ctx, p.id(), p.name());
        notes.put(p.id(), editor);
        return editor;
    }

    private AgreementList agreementList(PerspectiveDetails p, String prompts) {
        AgreementList list = new AgreementList(ctx, p.id(), p.name(), prompts);
        agreements.add(list);
        return list;
    }

    private Section section(String titleKey, Component content) {
        Section section = new Section(new H2(getTranslation(titleKey)), content);
        section.addClassName("table-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("table.page-title", title);
    }
}
