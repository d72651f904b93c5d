package dk.samtalebordet.archive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import dk.samtalebordet.archive.ArchiveService.Reading;
import dk.samtalebordet.shared.ui.Formats;

import java.util.List;

/**
 * "Hvem har set min personalemappe": everybody else who opened the employee's personalemappe or downloaded a
 * document from it, with the time, newest first, straight from the audit log.
 */
class WhoHasSeen extends Section {

    WhoHasSeen(List<Reading> readings) {
        addClassName("who-has-seen");
        H2 heading = new H2(getTranslation("file.seen.title"));
        heading.setId("who-has-seen");
        getElement().setAttribute("aria-labelledby", "who-has-seen");
        Anchor insight = new Anchor("mine-oplysninger", getTranslation("file.seen.insight"));
        add(heading, new Paragraph(getTranslation("file.seen.intro")), new Paragraph(insight));
        if (readings.isEmpty()) {
            add(new Paragraph(getTranslation("file.seen.nobody")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Reading r : readings) {
            String who = r.readerName() != null ? r.readerName() : getTranslation("audit.unknown-person");
            String when = Formats.dateTime(r.at(), getLocale());
            list.add(new ListItem(r.download() ? getTranslation("file.seen.downloaded", who, r.fileName(), when)
                    : getTranslation("file.seen.opened", who, when)));
        }
        add(list);
    }
}
