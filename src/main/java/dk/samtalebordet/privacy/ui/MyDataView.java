package dk.samtalebordet.privacy.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.privacy.Insight;
import dk.samtalebordet.security.CurrentUser;
import dk.samtalebordet.shared.ui.DownloadLink;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/**
 * "Mine oplysninger": the person's insight into everything Samtalebordet stores about them (GDPR art. 15), as one
 * download with the same as PDF and JSON and the PDFs of their personalemappe. Reached from the user menu and
 * the personalemappe.
 */
@Route("mine-oplysninger")
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    public MyDataView(Insight insight, CurrentUser currentUser) {
        addClassNames("page", "my-data-view");
        long me = currentUser.require().personId();
        add(new ViewHeader(getTranslation("insight.page.title"), getTranslation("insight.page.intro")));
        UnorderedList contents = new UnorderedList();
        for (String part : new String[] {"person", "conversations", "private", "agreements", "documents",
            "reminders", "audit"}) {
            contents.add(new ListItem(getTranslation("insight.page.part." + part)));
        }
        DownloadLink download = new DownloadLink(getTranslation("insight.page.download"),
                "samtalebordet-oplysninger.zip", "application/zip", () -> insight.of(me, getLocale()).zip());
        download.addClassName("insight-download");
        add(contents, download, new Paragraph(getTranslation("insight.page.formats")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.page.page-title");
    }
}
