package dk.samtalebordet.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dk.samtalebordet.organisation.HeldField;
import dk.samtalebordet.organisation.PersonAdministration;
import dk.samtalebordet.organisation.PersonCorrection;
import dk.samtalebordet.people.DirectoryEntry;
import dk.samtalebordet.people.OrgUnitSummary;
import dk.samtalebordet.people.OrganisationException;
import dk.samtalebordet.people.PeopleService;
import dk.samtalebordet.people.PersonChangeRecord;
import dk.samtalebordet.people.PersonSummary;
import dk.samtalebordet.people.Role;
import dk.samtalebordet.shared.ui.Formats;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An administrator corrects a person: org unit, personaleleder, HR and administrator roles, active or not. A
 * correction of a person from a source is held against the next synchronisation; each held field shows the
 * source's value and can be handed back. Below, every recorded change: who, when, before, after.
 */
class PersonEditor extends Dialog {

    private final PeopleService people;
    private final PersonAdministration administration;
    private final long administratorId;
    private final long personId;
    private final Runnable changed;
    private final ComboBox<OrgUnitSummary> unit = new ComboBox<>();
    private final ComboBox<PersonSummary> leader = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final Paragraph error = new Paragraph();
    private final Div held = new Div();
    private final Grid<PersonChangeRecord> history = new Grid<>();

    PersonEditor(PeopleService people, PersonAdministration administration, long administratorId, long personId,
                 Runnable changed) {
        this.people = people;
        this.administration = administration;
        this.administratorId = administratorId;
        this.personId = personId;
        this.changed = changed;
        PersonSummary person = people.findById(personId).orElseThrow();
        setHeaderTitle(person.fullName() + " (" + person.username() + ")");
        setWidth("min(48rem, 100vw)");
        addClassName("person-editor");

        unit.setLabel(getTranslation("person-field.ORG_UNIT"));
        unit.setItems(people.activeUnits());
        unit.setItemLabelGenerator(OrgUnitSummary::name);
        unit.setWidthFull();
        leader.setLabel(getTranslation("person-field.MANAGER"));
        leader.setItems(query -> people.searchActive(query.getFilter().orElse(""), query.getPage(),
                query.getPageSize()).stream());
        leader.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ") – " + p.orgUnitName());
        leader.setClearButtonVisible(true);
        leader.setHelperText(getTranslation("admin.leader.help"));
        leader.setWidthFull();
        roles.setLabel(getTranslation("person-field.ROLES"));
        roles.setItems(DirectoryEntry.SOURCE_ROLES.stream().sorted().toList());
        roles.setItemLabelGenerator(r -> getTranslation("person-role." + r));
        active.setLabel(getTranslation("admin.active"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        show(person);

        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setAllRowsVisible(true);
        history.addColumn(c -> Formats.dateTime(c.changedAt(), getLocale()))
                .setHeader(getTranslation("organisation.column.when")).setAutoWidth(true);
        history.addColumn(c -> c.changedBy() == null ? getTranslation("source." + c.source())
                        : people.findById(c.changedBy()).map(PersonSummary::fullName).orElse("–"))
                .setHeader(getTranslation("admin.column.by")).setAutoWidth(true);
        history.addColumn(c -> getTranslation("person-field." + c.field()))
                .setHeader(getTranslation("admin.column.field")).setAutoWidth(true);
        history.addColumn(c -> (c.before() == null ? "–" : c.before()) + " → " + (c.after() == null ? "–"
                : c.after())).setHeader(getTranslation("admin.column.change")).setFlexGrow(1);

        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("admin.close"), e -> close());
        if (!person.active()) {
            // erasure on request, for a person who has left (the privacy feature's page)
            Anchor erase = new Anchor("sletning/" + person.id(), getTranslation("erasure.button"));
            erase.addClassName("erase-link");
            getFooter().add(erase);
        }
        getFooter().add(close, save);
        add(new Div(unit, leader, roles, active, error), held, new H3(getTranslation("admin.history")), history);
        refresh();
    }

    private void show(PersonSummary person) {
        unit.setValue(people.activeUnits().stream().filter(u -> u.id() == person.orgUnitId()).findFirst()
                .orElse(null));
        leader.setValue(person.managerId() == null ? null : people.findById(person.managerId()).orElse(null));
        Set<Role> sourceRoles = EnumSet.noneOf(Role.class);
        person.roles().stream().filter(DirectoryEntry.SOURCE_ROLES::contains).forEach(sourceRoles::add);
        roles.setValue(sourceRoles);
        active.setValue(person.active());
    }

    private void save() {
        error.setVisible(false);
        if (unit.getValue() == null) {
            fail(getTranslation("admin.unit-required"));
            return;
        }
        try {
            administration.correct(administratorId, personId, new PersonCorrection(unit.getValue().id(),
                    leader.getValue() == null ? null : leader.getValue().id(), roles.getValue(), active.getValue()));
            changed.run();
            refresh();
        } catch (OrganisationException refused) {
            fail(refused.getMessage());
        }
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void refresh() {
        held.removeAll();
        List<HeldField> fields = administration.held(personId);
        if (!fields.isEmpty()) {
            held.addClassName("held-fields");
            held.add(new H3(getTranslation("admin.held")));
            for (HeldField field : fields) {
                Div row = new Div();
                row.addClassName(field.conflict() ? "held-field conflict" : "held-field");
                row.add(new Paragraph(getTranslation(field.conflict() ? "admin.held.conflict" : "admin.held.same",
                        getTranslation("person-field." + field.field()), value(field.current()),
                        value(field.sourceValue()))));
                row.add(new Button(getTranslation("admin.release"), e -> {
                    administration.release(administratorId, personId, field.field());
                    refresh();
                }));
                held.add(row);
            }
        }
        history.setItems(administration.history(personId));
    }

    private static String value(String value) {
        return value == null || value.isEmpty() ? "–" : value;
    }
}
