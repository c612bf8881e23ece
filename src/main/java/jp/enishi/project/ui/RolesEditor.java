package jp.enishi.project.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.SpecSheet;

/** The roles sought, one row each — title, skill category, skills, headcount — with add and remove. */
class RolesEditor extends Div {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    RolesEditor() {
        addClassName("enishi-roles-editor");
        add = new Button(getTranslation("project.role.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("role-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    void setRoles(List<SpecSheet.RoleSpec> roles) {
        rows.clear();
        list.removeAll();
        roles.forEach(this::addRow);
    }

    List<SpecSheet.RoleSpec> roles() {
        return rows.stream().map(r -> new SpecSheet.RoleSpec(r.title.getValue(), r.category.getValue(),
                r.skills.getValue(), r.headcount.getValue() == null ? 0 : r.headcount.getValue())).toList();
    }

    /** Fields by the names the service's problems use: {@code roles.0.title} and so on. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            fields.put("roles." + i + ".title", r.title);
            fields.put("roles." + i + ".category", r.category);
            fields.put("roles." + i + ".skills", r.skills);
            fields.put("roles." + i + ".headcount", r.headcount);
        }
        return fields;
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> r.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    private void addRow(SpecSheet.RoleSpec role) {
        Row row = new Row();
        if (role != null) {
            row.title.setValue(role.title());
            row.category.setValue(role.category());
            row.skills.setValue(role.skills() == null ? "" : role.skills());
            row.headcount.setValue(role.headcount());
        } else {
            row.headcount.setValue(1);
        }
        rows.add(row);
        list.add(row);
    }

    private final class Row extends Div {
        final TextField title = new TextField(getTranslation("project.role.title"));
        // Not a Select: it keeps a component per choice in the session (docs/design-decisions/2026-12-03-launch-rush.md).
        final ComboBox<SkillCategory> category = new ComboBox<>();
        final TextField skills = new TextField(getTranslation("project.role.skills"));
        final IntegerField headcount = new IntegerField(getTranslation("project.role.headcount"));
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row() {
            addClassName("enishi-role-row");
            int index = rows.size();
            title.setId("role-title-" + index);
            title.setPlaceholder(getTranslation("project.role.title.placeholder"));
            category.setLabel(getTranslation("project.role.category"));
            category.setItems(SkillCategory.values());
            category.setItemLabelGenerator(c -> getTranslation("skill." + c.name()));
            category.setId("role-category-" + index);
            skills.setPlaceholder(getTranslation("project.role.skills.placeholder"));
            headcount.setMin(1);
            headcount.setStepButtonsVisible(true);
            headcount.setId("role-headcount-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("project.role.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                list.remove(this);
            });
            add(title, category, skills, headcount, remove);
        }

        void setReadOnly(boolean readOnly) {
            title.setReadOnly(readOnly);
            category.setReadOnly(readOnly);
            skills.setReadOnly(readOnly);
            headcount.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
