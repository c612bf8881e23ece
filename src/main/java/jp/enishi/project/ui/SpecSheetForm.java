package jp.enishi.project.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.project.ContractType;
import jp.enishi.project.Section;
import jp.enishi.project.SpecSheet;
import jp.enishi.project.WorkStyle;
import org.jspecify.annotations.Nullable;

/**
 * The spec sheet as a form, section by section in the seeds' order. It only holds text: saving, merging and
 * judging belong to the service; problems come back by field name ({@link #fields()}).
 */
class SpecSheetForm extends Div {

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final TextField themeOwner = new TextField();
    private final TextArea ownerStory = new TextArea();
    private final TextArea localIssue = new TextArea();
    private final TextArea future = new TextArea();
    private final TextArea expectations = new TextArea();
    private final RolesEditor roles = new RolesEditor();
    // Not a Select: it keeps a component per choice in the session (docs/design-decisions/2026-12-03-launch-rush.md).
    private final ComboBox<ContractType> contractType = new ComboBox<>();
    private final IntegerField periodMonths = new IntegerField();
    private final IntegerField payMin = new IntegerField();
    private final IntegerField payMax = new IntegerField();
    private final IntegerField daysPerMonth = new IntegerField();
    private final ComboBox<WorkStyle> workStyle = new ComboBox<>();
    private final Checkbox travelSupport = new Checkbox();
    private final TextField place = new TextField();
    private final DatePicker deadline = new DatePicker();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    SpecSheetForm() {
        addClassName("enishi-sheet-form");
        Paragraph markdown = new Paragraph(getTranslation("project.markdown-hint"));
        markdown.addClassName("enishi-muted");
        add(markdown);

        section(Section.OVERVIEW,
                field("title", title, "project.field.title"),
                field("summary", summary, "project.field.summary"),
                field("themeOwner", themeOwner, "project.field.theme-owner"));
        section(Section.OWNER_STORY, field("ownerStory", ownerStory, "project.field.owner-story"));
        section(Section.LOCAL_ISSUE, field("localIssue", localIssue, "project.field.local-issue"));
        section(Section.FUTURE, field("future", future, "project.field.future"));
        section(Section.EXPECTATIONS, field("expectations", expectations, "project.field.expectations"));
        section(Section.ROLES, roles);

        contractType.setItems(ContractType.values());
        contractType.setItemLabelGenerator(c -> getTranslation("project.contract." + c.name()));
        workStyle.setItems(WorkStyle.values());
        workStyle.setItemLabelGenerator(w -> getTranslation("project.work-style." + w.name()));
        payMin.setSuffixComponent(new Div(getTranslation("project.yen")));
        payMax.setSuffixComponent(new Div(getTranslation("project.yen")));
        payMin.setStep(10_000);
        payMax.setStep(10_000);
        travelSupport.setLabel(getTranslation("project.field.travel-support"));
        travelSupport.setId("field-travelSupport");
        Div conditions = new Div(
                field("contractType", contractType, "project.field.contract-type"),
                field("periodMonths", periodMonths, "project.field.period-months"),
                field("payMin", payMin, "project.field.pay-min"),
                field("payMax", payMax, "project.field.pay-max"),
                field("daysPerMonth", daysPerMonth, "project.field.days-per-month"),
                field("workStyle", workStyle, "project.field.work-style"),
                field("place", place, "project.field.place"),
                field("deadline", deadline, "project.field.deadline"),
                travelSupport);
        conditions.addClassName("enishi-conditions-form");
        section(Section.CONDITIONS, conditions);
    }

    private <C extends com.vaadin.flow.component.Component & HasValidation> C field(String name, C component, String labelKey) {
        component.getElement().setProperty("label", getTranslation(labelKey));
        component.setId("field-" + name);
        fields.put(name, component);
        if (component instanceof TextArea area) {
            area.setMinHeight("8em");
            area.setWidthFull();
        }
        return component;
    }

    private void section(Section section, com.vaadin.flow.component.Component... content) {
        Div box = new Div(new H2(getTranslation("project.section." + section.name())));
        box.addClassName("enishi-form-section");
        box.add(content);
        add(box);
    }

    void write(SpecSheet sheet) {
        title.setValue(sheet.title());
        summary.setValue(text(sheet.summary()));
        themeOwner.setValue(text(sheet.themeOwner()));
        ownerStory.setValue(text(sheet.ownerStory()));
        localIssue.setValue(text(sheet.localIssue()));
        future.setValue(text(sheet.future()));
        expectations.setValue(text(sheet.expectations()));
        roles.setRoles(sheet.roles());
        SpecSheet.Conditions c = sheet.conditions();
        contractType.setValue(c.contractType());
        periodMonths.setValue(c.periodMonths());
        payMin.setValue(c.payMin());
        payMax.setValue(c.payMax());
        daysPerMonth.setValue(c.daysPerMonth());
        workStyle.setValue(c.workStyle());
        travelSupport.setValue(c.travelSupport());
        place.setValue(text(c.place()));
        deadline.setValue(c.deadline());
        fields.values().forEach(f -> f.setInvalid(false));
    }

    SpecSheet read() {
        return new SpecSheet(title.getValue(), summary.getValue(), themeOwner.getValue(), ownerStory.getValue(),
                localIssue.getValue(), future.getValue(), expectations.getValue(), roles.roles(),
                new SpecSheet.Conditions(contractType.getValue(), periodMonths.getValue(), payMin.getValue(),
                        payMax.getValue(), daysPerMonth.getValue(), workStyle.getValue(), travelSupport.getValue(),
                        place.getValue(), deadline.getValue()));
    }

    /** Number or date fields holding text the browser could not read: saving would drop it, so it is refused. */
    boolean hasUnreadableInput() {
        return fields.values().stream().anyMatch(f -> (f instanceof IntegerField || f instanceof DatePicker) && f.isInvalid());
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> all = new LinkedHashMap<>(fields);
        all.putAll(roles.fields());
        return all;
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(readOnly));
        travelSupport.setReadOnly(readOnly);
        roles.setReadOnly(readOnly);
    }

    private static String text(@Nullable String value) {
        return Objects.toString(value, "");
    }
}
