package dk.samtalebordet.table.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import dk.samtalebordet.agreement.AgreementModel.AgreementChanged;
import dk.samtalebordet.agreement.AgreementModel.AgreementRemoved;
import dk.samtalebordet.agreement.AgreementModel.AgreementView;
import dk.samtalebordet.agreement.ui.AgreementList;
import dk.samtalebordet.concept.ConceptDetails.PerspectiveDetails;
import dk.samtalebordet.concept.ConceptDetails.QuestionDetails;
import dk.samtalebordet.conversation.Variant;
import dk.samtalebordet.note.NoteModel.NoteChanged;
import dk.samtalebordet.note.ui.NoteEditor;
import dk.samtalebordet.presence.PresenceEvents.TypingChanged;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.shared.ui.Markup;
import dk.samtalebordet.table.TableModel.PieceChanged;
import dk.samtalebordet.table.TableModel.PieceKind;
import dk.samtalebordet.table.TableModel.PlacedPiece;
import dk.samtalebordet.table.TableModel.QuestionChanged;
import dk.samtalebordet.table.TableModel.TableState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The table itself, in one variant: the puslespil (the perspectives with their pieces, notes and agreements) or
 * the seed's skema (Perspektiver | Spørgsmål | Stikord | Noter | Aftaler), then the picture pieces and the
 * agreements of the conversation as a whole. Always built from the state as stored when it is built.
 */
class TableBody extends Div {

    private final TableContext ctx;
    private final Map<Long, QuestionCard> questions = new HashMap<>();
    private final Map<Long, NoteEditor> notes = new HashMap<>();
    private final List<AgreementList> agreements = new ArrayList<>();
    private final Map<PieceKind, PieceTray> trays = new HashMap<>();

    TableBody(TableContext ctx, Variant variant) {
        this.ctx = ctx;
        addClassName("table-body");
        String prompts = String.join(" ", ctx.concept().agreementPrompts());
        PieceTray stikord = new PieceTray(ctx, PieceKind.STIKORD);
        trays.put(PieceKind.STIKORD, stikord);
        add(variant == Variant.SKEMA ? skema(prompts, stikord) : puzzle(prompts, stikord));
        PieceTray pictures = new PieceTray(ctx, PieceKind.PICTURE);
        trays.put(PieceKind.PICTURE, pictures);
        if (!ctx.concept().pictures().isEmpty()) {
            add(section("table.pictures.title", pictures));
        }
        AgreementList whole = new AgreementList(ctx, ctx.agreements, null,
                getTranslation("table.agreements.scope-whole"), prompts, ctx.state().agreements());
        agreements.add(whole);
        add(section("table.agreements.whole", whole));
    }

    /**
     * Applies a live event that concerns the table's widgets, reading again what it names; true when it did.
     */
    boolean apply(LiveEvent event) {
        if (event instanceof QuestionChanged e) {
            card(e.questionId()).ifPresent(c -> c.update(ctx.table.question(ctx.id, ctx.me, e.questionId())));
        } else if (event instanceof PieceChanged e) {
            Optional.ofNullable(trays.get(e.kind())).ifPresent(t -> t.update(e.key(),
                    ctx.table.piece(ctx.id, ctx.me, e.kind(), e.key()).orElse(null)));
        } else if (event instanceof NoteChanged e) {
            Optional.ofNullable(notes.get(e.perspectiveId())).filter(n -> n.shownVersion() < e.version())
                    .ifPresent(n -> n.remoteUpdate(ctx.notes.note(ctx.id, ctx.me, e.perspectiveId())));
        } else if (event instanceof AgreementChanged e) {
            ctx.agreements.agreement(ctx.id, ctx.me, e.agreementId()).ifPresentOrElse(
                    a -> agreements.stream().filter(l -> l.accepts(a)).forEach(l -> l.upsert(a)),
                    () -> agreements.forEach(l -> l.remove(e.agreementId())));
        } else if (event instanceof AgreementRemoved e) {
            agreements.forEach(l -> l.remove(e.agreementId()));
        } else if (event instanceof TypingChanged e) {
            notes.values().stream().filter(n -> n.field().equals(e.field()))
                    .forEach(n -> n.typingChanged(e.personId()));
            agreements.forEach(l -> l.typingChanged(e.field(), e.personId()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Every widget takes what is stored now, after events may have been missed (a node's connection to the
     * others was lost): notes and agreements being written stay, and a different stored text is offered.
     */
    void resync(TableState state) {
        state.questions().forEach((id, q) -> card(id).ifPresent(c -> c.update(q)));
        trays.forEach((kind, tray) -> tray.resync(state.pieces().stream().filter(p -> p.kind() == kind).toList()));
        state.notes().forEach((id, note) -> Optional.ofNullable(notes.get(id)).ifPresent(n -> n.remoteUpdate(note)));
        Set<UUID> stored = new HashSet<>();
        state.agreements().forEach(a -> stored.add(a.id()));
        agreements.forEach(l -> l.keepOnly(stored));
        state.agreements().forEach(a -> agreements.stream().filter(l -> l.accepts(a)).forEach(l -> l.upsert(a)));
    }

    Optional<QuestionCard> card(long questionId) {
        return Optional.ofNullable(questions.get(questionId));
    }

    void refreshFocus() {
        questions.values().forEach(QuestionCard::refreshFocus);
    }

    /** An agreement as the table shows it now (as the last event read it), if it shows it. */
    Optional<AgreementView> agreement(UUID id) {
        return agreements.stream().map(l -> l.shown(id)).flatMap(Optional::stream).findFirst();
    }

    /** The wording in use of a question, as everybody sees it now. */
    String wording(long questionId) {
        return card(questionId).map(QuestionCard::wording).orElse("");
    }

    List<PlacedPiece> placedStikord() {
        return trays.get(PieceKind.STIKORD).placedPieces();
    }

    void showChosen(Map<String, List<Long>> choosers) {
        trays.get(PieceKind.STIKORD).showChosen(choosers);
    }

    /**
     * Something written here is not saved yet (an open agreement form or reword editor, a note refused or in
     * conflict): building the body anew would take it away.
     */
    boolean unfinished() {
        return questions.values().stream().anyMatch(QuestionCard::unfinished)
                || notes.values().stream().anyMatch(NoteEditor::unfinished)
                || agreements.stream().anyMatch(AgreementList::unfinished);
    }

    /** Everything becomes read-only in place; text that was being written and is not saved stays to copy. */
    void setEditable(boolean editable) {
        questions.values().forEach(QuestionCard::refresh);
        notes.values().forEach(n -> n.setEditable(editable));
        agreements.forEach(l -> l.setEditable(editable));
        trays.values().forEach(t -> t.setEditable(editable));
    }

    private Component puzzle(String prompts, PieceTray stikord) {
        Div puzzle = new Div();
        puzzle.addClassName("puzzle");
        if (!ctx.concept().stikord().isEmpty()) {
            puzzle.add(section("table.stikord.title", stikord));
        }
        int number = 1;
        for (PerspectiveDetails p : ctx.concept().perspectives()) {
            Section section = new Section();
            section.addClassName("live-perspective");
            section.getStyle().set("--piece-colour", p.colour());
            section.add(Markup.text("h2", null, p.name()));
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
    private Component skema(String prompts, PieceTray stikord) {
        Div wrapper = new Div();
        wrapper.addClassName("skema-wrapper");
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", getTranslation("table.skema.label"));
        Element table = new Element("table");
        table.getClassList().add("skema");
        Element head = new Element("tr");
        for (String key : new String[] {"table.skema.perspectives", "table.skema.questions", "table.skema.stikord",
                "table.skema.notes", "table.skema.agreements"}) {
            Element th = new Element("th").setText(getTranslation(key));
            th.setAttribute("scope", "col");
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element tbody = new Element("tbody");
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
        table.appendChild(tbody);
        wrapper.getElement().appendChild(table);
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
        NoteEditor editor = new NoteEditor(ctx, ctx.notes, p.id(), p.name(), ctx.state().notes().get(p.id()));
        notes.put(p.id(), editor);
        return editor;
    }

    private AgreementList agreementList(PerspectiveDetails p, String prompts) {
        AgreementList list = new AgreementList(ctx, ctx.agreements, p.id(), p.name(), prompts,
                ctx.state().agreements());
        agreements.add(list);
        return list;
    }

    private Section section(String titleKey, Component content) {
        Section section = new Section(Markup.text("h2", null, getTranslation(titleKey)), content);
        section.addClassName("table-section");
        return section;
    }
}
