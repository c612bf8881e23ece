package jp.enishi.talent.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.ConsentRecord;
import jp.enishi.talent.Consents;
import jp.enishi.talent.ProfileVisibility;
import jp.enishi.talent.TalentProfiles;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.core.annotation.Order;

/**
 * 「プライバシーと同意」 on /me: who may see the profile, the consents in force per workspace with a withdraw button
 * each, giving a new one with its words shown first, and the record of withdrawn ones.
 */
@org.springframework.stereotype.Component
@Order(4)
class ConsentSection implements MePageSection {

    private final Consents consents;
    private final TalentProfiles profiles;
    private final WorkspaceDirectory workspaces;

    ConsentSection(Consents consents, TalentProfiles profiles, WorkspaceDirectory workspaces) {
        this.consents = consents;
        this.profiles = profiles;
        this.workspaces = workspaces;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("consents", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        RadioButtonGroup<ProfileVisibility> visibility = new RadioButtonGroup<>(section.getTranslation("visibility.label"));
        visibility.setItems(ProfileVisibility.values());
        visibility.setItemLabelGenerator(v -> section.getTranslation("visibility." + v.name()));
        visibility.setValue(profiles.visibility());
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        visibility.setId("profile-visibility");
        visibility.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                profiles.show(e.getValue());
                visibility.setInvalid(false);
                FieldErrors.success(section.getTranslation("visibility.saved"));
            } catch (InputRejectedException rejected) {
                visibility.setValue(e.getOldValue());
                FieldErrors.show(section, rejected, java.util.Map.of("visibility", visibility));
            }
        });
        section.add(new H2(section.getTranslation("consent.title")), visibility,
                new Paragraph(section.getTranslation("consent.who-sees")));
        List<ConsentRecord> all = consents.mine(locale);
        Div active = new Div();
        active.setId("consents-active");
        // Withdrawn consents stay in the same list, marked with the day they were withdrawn: the record is the person's.
        for (ConsentRecord c : all) {
            Span what = new Span(section.getTranslation("consent.row", c.workspaceName(),
                    section.getTranslation("consent.purpose.short." + c.purpose().name()), Dates.date(c.grantedAt(), locale)));
            Div row = new Div(what);
            row.addClassName("enishi-project-row");
            if (c.active()) {
                Button withdraw = new Button(section.getTranslation("consent.withdraw"), e -> {
                    consents.withdraw(c.id());
                    FieldErrors.success(section.getTranslation("consent.withdrawn"));
                    render(section);
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                withdraw.setId("withdraw-consent-" + c.id());
                row.add(withdraw);
            } else {
                Span withdrawn = new Span(section.getTranslation("consent.withdrawn-on",
                        Dates.dateTime(c.withdrawnAt(), locale)));
                withdrawn.addClassNames("enishi-status", "enishi-status-withdrawn");
                withdrawn.setId("consent-withdrawn-" + c.id());
                row.add(withdrawn);
            }
            Paragraph words = new Paragraph(c.purposeText());
            words.addClassName("enishi-muted");
            row.add(words);
            active.add(row);
        }
        if (active.getComponentCount() == 0) {
            active.add(new Paragraph(section.getTranslation("consent.none")));
        }
        section.add(active, giveForm(section, locale));
    }

    private Div giveForm(Div section, Locale locale) {
        // A combo box fetching as one types: 塩尻 finds the municipality among all the consortium's, a page at a time.
        ComboBox<WorkspaceSummary> workspace = new ComboBox<>();
        workspace.setLabel(section.getTranslation("consent.workspace"));
        workspace.setItems(query -> workspaces.participants(null, query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream(), query -> (int) workspaces.countParticipants(null, query.getFilter().orElse(null)));
        workspace.setItemLabelGenerator(w -> w.name(locale));
        workspace.setId("consent-workspace");
        Select<ConsentPurpose> purpose = new Select<>();
        purpose.setLabel(section.getTranslation("consent.purpose"));
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(p -> section.getTranslation("consent.purpose.short." + p.name()));
        purpose.setValue(ConsentPurpose.POOL);
        purpose.setId("consent-purpose");
        Paragraph words = new Paragraph();
        words.addClassName("enishi-consent-words");
        words.setId("consent-words");
        Runnable showWords = () -> words.setText(workspace.getValue() == null ? ""
                : consents.purposeText(workspace.getValue().slug(), purpose.getValue(), locale));
        workspace.addValueChangeListener(e -> showWords.run());
        purpose.addValueChangeListener(e -> showWords.run());
        Button give = new Button(section.getTranslation("consent.give"), e -> {
            if (workspace.getValue() == null) {
                workspace.setInvalid(true);
                workspace.setErrorMessage(section.getTranslation("error.required"));
                return;
            }
            try {
                consents.give(workspace.getValue().slug(), purpose.getValue());
                FieldErrors.success(section.getTranslation("consent.given"));
                render(section);
            } catch (InputRejectedException rejected) {
                FieldErrors.error(section.getTranslation(rejected.problems().getFirst().messageKey()));
            }
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("consent-give");
        Div form = new Div(new H3(section.getTranslation("consent.add")), new Div(workspace, purpose), words, give);
        form.addClassName("enishi-consent-form");
        return form;
    }
}
