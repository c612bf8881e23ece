package jp.enishi.talent.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.HasUnsavedChanges;
import jp.enishi.base.ui.UnsavedChanges;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.project.SkillCategory;
import jp.enishi.project.WorkStyle;
import jp.enishi.talent.Completeness;
import jp.enishi.talent.Motivation;
import jp.enishi.talent.TalentProfileData;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.Region;
import org.springframework.core.annotation.Order;

/** 「プロとしてのプロフィール」 on /me, with how complete it is and what to add next. */
@org.springframework.stereotype.Component
@Order(1)
class TalentProfileSection implements MePageSection {

    private final TalentProfiles profiles;

    TalentProfileSection(TalentProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public Component create() {
        return new Form(profiles);
    }

    private static final class Form extends Div implements HasUnsavedChanges {
        private final TalentProfiles profiles;
        private final TextField headline = new TextField();
        private final MultiSelectComboBox<SkillCategory> skills = new MultiSelectComboBox<>();
        private final TextField tags = new TextField();
        private final TextArea experience = new TextArea();
        private final TextArea career = new TextArea();
        private final TextArea links = new TextArea();
        private final IntegerField daysPerMonth = new IntegerField();
        private final DatePicker availableFrom = new DatePicker();
        private final Select<WorkStyle> workStyle = new Select<>();
        private final CheckboxGroup<Region> regions = new CheckboxGroup<>();
        private final TextField themes = new TextField();
        private final CheckboxGroup<Motivation> motivations = new CheckboxGroup<>();
        private final IntegerField payExpectation = new IntegerField();
        private final ProgressBar progress = new ProgressBar(0, 100);
        private final Paragraph missing = new Paragraph();
        private long version;
        private final UnsavedChanges unsaved = new UnsavedChanges(this, this::values);

        Form(TalentProfiles profiles) {
            this.profiles = profiles;
            setId("talent-profile");
            setWidthFull();
            var locale = getLocale();
            label(headline, "headline");
            headline.setMaxLength(120);
            label(skills, "skills");
            skills.setItems(SkillCategory.values());
            skills.setItemLabelGenerator(s -> getTranslation("skill." + s.name()));
            label(tags, "tags");
            tags.setHelperText(getTranslation("talent.help.comma"));
            label(experience, "experience");
            label(career, "career");
            career.setHelperText(getTranslation("talent.help.lines"));
            label(links, "links");
            links.setHelperText(getTranslation("talent.help.links"));
            label(daysPerMonth, "daysPerMonth");
            label(availableFrom, "availableFrom");
            label(workStyle, "workStyle");
            workStyle.setItems(WorkStyle.values());
            workStyle.setItemLabelGenerator(w -> getTranslation("project.work-style." + w.name()));
            label(regions, "regions");
            regions.setItems(Region.values());
            regions.setItemLabelGenerator(r -> r.displayName(locale));
            label(themes, "themes");
            themes.setHelperText(getTranslation("talent.help.comma"));
            label(motivations, "motivations");
            motivations.setItems(Motivation.values());
            motivations.setItemLabelGenerator(m -> getTranslation("motivation." + m.name()));
            label(payExpectation, "payExpectation");
            progress.setId("talent-completeness");
            missing.setId("talent-missing");
            missing.addClassName("enishi-muted");

            FormLayout form = new FormLayout(headline, skills, tags, experience, career, links, daysPerMonth,
                    availableFrom, workStyle, payExpectation, regions, themes, motivations);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
            List.<Component>of(headline, experience, career, links, regions, motivations).forEach(c -> form.setColspan(c, 2));
            Button save = new Button(getTranslation("talent.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-talent");
            add(new H2(getTranslation("talent.title")), new Paragraph(getTranslation("talent.intro")), progress, missing,
                    new PhotoEditor(profiles), form, save);
            load(profiles.mine());
        }

        @Override
        public UnsavedChanges unsavedChanges() {
            return unsaved;
        }

        /** Everything the form holds, to tell typed changes from what was loaded. */
        private List<Object> values() {
            return java.util.Arrays.asList(headline.getValue(), skills.getValue(), tags.getValue(), experience.getValue(),
                    career.getValue(), links.getValue(), daysPerMonth.getValue(), availableFrom.getValue(),
                    workStyle.getValue(), regions.getValue(), themes.getValue(), motivations.getValue(),
                    payExpectation.getValue());
        }

        private void label(Component field, String name) {
            field.getElement().setProperty("label", getTranslation("talent.field." + name));
            field.setId("talent-" + name);
        }

        private void load(TalentProfileData d) {
            version = d.version();
            headline.setValue(d.headline() == null ? "" : d.headline());
            skills.setValue(d.skills());
            tags.setValue(String.join("、", d.tags()));
            experience.setValue(d.experience() == null ? "" : d.experience());
            career.setValue(String.join("\n", d.career()));
            links.setValue(String.join("\n", d.links()));
            daysPerMonth.setValue(d.daysPerMonth());
            availableFrom.setValue(d.availableFrom());
            workStyle.setValue(d.workStyle());
            regions.setValue(d.regions());
            themes.setValue(String.join("、", d.themes()));
            motivations.setValue(d.motivations());
            payExpectation.setValue(d.payExpectation());
            Completeness c = profiles.completeness();
            progress.setValue(c.percent());
            missing.setText(c.missing().isEmpty() ? getTranslation("talent.complete")
                    : getTranslation("talent.missing", c.percent(), String.join("、",
                    c.missing().stream().map(m -> getTranslation("talent.field." + m)).toList())));
            unsaved.markSaved();
        }

        private void save() {
            TalentProfileData data = new TalentProfileData(headline.getValue(), skills.getValue(), list(tags.getValue()),
                    experience.getValue(), Arrays.asList(career.getValue().split("\\R")),
                    Arrays.asList(links.getValue().split("\\R")), daysPerMonth.getValue(), availableFrom.getValue(),
                    workStyle.getValue(), regions.getValue(), list(themes.getValue()), motivations.getValue(),
                    payExpectation.getValue(), version);
            Map<String, HasValidation> fields = new java.util.HashMap<>();
            fields.put("headline", headline);
            fields.put("tags", tags);
            fields.put("experience", experience);
            fields.put("career", career);
            fields.put("links", links);
            fields.put("daysPerMonth", daysPerMonth);
            fields.put("availableFrom", availableFrom);
            fields.put("themes", themes);
            fields.put("payExpectation", payExpectation);
            try {
                load(profiles.save(data));
                FieldErrors.clear(fields);
                FieldErrors.success(getTranslation("talent.saved"));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields);
            } catch (EditConflictException conflict) {
                FieldErrors.error(getTranslation("talent.conflict"));
            }
        }

        /** Comma-separated, Japanese or ASCII commas. */
        private static List<String> list(String text) {
            return Arrays.asList(text.split("[,、，]"));
        }
    }
}
