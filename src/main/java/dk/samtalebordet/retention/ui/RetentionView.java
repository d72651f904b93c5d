package dk.samtalebordet.retention.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.retention.RetentionRun;
import dk.samtalebordet.shared.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

import java.time.Period;

/**
 * For administrators and the data protection officer: the retention rules in force, and what the next daily run
 * will delete, kind by kind, before it runs.
 */
@Route("opbevaring")
@Menu(title = "nav.retention", order = 6.5, icon = "vaadin:trash")
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.DPO})
public class RetentionView extends Main implements HasDynamicTitle {

    public RetentionView(RetentionRun retention) {
        addClassNames("page", "retention-view");
        add(new ViewHeader(getTranslation("retention.title"), getTranslation("retention.intro")));
        // one card per kind: readable on a phone as on a desk
        UnorderedList list = new UnorderedList();
        list.addClassName("retention-list");
        for (RetentionRun.Count c : retention.preview()) {
            Span next = new Span(getTranslation("retention.next-run", c.count()));
            next.addClassName(c.count() > 0 ? "retention-due" : "retention-none");
            ListItem item = new ListItem(new H3(getTranslation("retention.kind." + c.kind())),
                    new Paragraph(getTranslation("retention.rule." + c.kind(), period(c.period()))),
                    next);
            item.addClassName("retention-kind");
            list.add(item);
        }
        add(new H2(getTranslation("retention.next")), list, new Paragraph(getTranslation("retention.how")));
    }

    private String period(Period p) {
        if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
            return getTranslation("retention.period.years", p.getYears());
        }
        if (p.getYears() == 0 && p.getMonths() > 0 && p.getDays() == 0) {
            return getTranslation("retention.period.months", p.getMonths());
        }
        if (p.isZero()) {
            return getTranslation("retention.period.none");
        }
        return getTranslation("retention.period.days", p.toTotalMonths() * 30 + p.getDays());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.page-title");
    }
}
