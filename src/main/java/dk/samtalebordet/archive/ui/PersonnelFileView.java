package dk.samtalebordet.archive.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.archive.ArchiveService;
import dk.samtalebordet.archive.ArchivedDocument;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.EmptyState;
import dk.samtalebordet.shared.ui.Formats;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * A personalemappe: the employee's own at /personalemappe, and an employee's at /personalemappe/&lt;id&gt; for their
 * personaleleder. Anybody else is told the page does not exist.
 */
@Route("personalemappe/:personId?([0-9]{1,18})")
@Menu(title = "nav.personnel-file", order = 1.8, icon = "vaadin:folder-open-o")
@PermitAll
public class PersonnelFileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArchiveService archive;
    private final PeopleService people;
    private final long me;
    private String title = "";

    public PersonnelFileView(ArchiveService archive, PeopleService people, CurrentUser currentUser) {
        this.archive = archive;
        this.people = people;
        this.me = currentUser.require().personId();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long personId = event.getRouteParameters().getLong("personId").orElse(me);
        List<ArchivedDocument> documents;
        try {
            documents = archive.personnelFile(personId, me);
        } catch (ArchiveService.DocumentNotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PersonSummary person = people.findById(personId).orElseThrow();
        removeAll();
        title = personId == me ? getTranslation("file.mine") : getTranslation("file.of", person.fullName());
        add(new ViewHeader(title, getTranslation("file.intro")));
        if (documents.isEmpty()) {
            add(new EmptyState(getTranslation("file.empty.title"), getTranslation("file.empty.text")));
        } else {
            add(documents(documents));
        }
        if (personId == me) {
            add(new WhoHasSeen(archive.whoHasSeen(me)));
        }
    }

    private Div documents(List<ArchivedDocument> documents) {
        Grid<ArchivedDocument> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setHeader(getTranslation("file.column.date"))
                .setAutoWidth(true);
        grid.addColumn(ArchivedDocument::title).setHeader(getTranslation("file.column.title")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(d -> new DownloadLink(getTranslation("file.download"), d.fileName(),
                "application/pdf", () -> archive.download(d.id(), me).bytes())))
                .setHeader(getTranslation("file.column.download")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(d -> {
                    Span hash = new Span(d.sha256());
                    hash.addClassName("file-hash");
                    return hash;
                })).setHeader(getTranslation("file.column.hash")).setKey("hash").setFlexGrow(1);
        grid.setItems(documents);
        return new Div(grid, new Paragraph(getTranslation("file.hash.help")));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
