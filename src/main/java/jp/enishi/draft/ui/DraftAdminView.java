package jp.enishi.draft.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.draft.DraftRounds;
import jp.enishi.draft.DraftRule;
import jp.enishi.draft.NewRound;
import jp.enishi.draft.RoundView;

/** The consortium admin's draft rounds (ドラフト会議): open one, follow them, run a lottery round's draw once. */
@Route("consortium/draft")
@RolesAllowed("CONSORTIUM_ADMIN")
public class DraftAdminView extends VerticalLayout implements HasDynamicTitle {

    private final DraftRounds rounds;
    private final Div list = new Div();

    DraftAdminView(DraftRounds rounds) {
        this.rounds = rounds;
        addClassName("enishi-page");
        Paragraph intro = new Paragraph(getTranslation("draft.admin.intro"));
        intro.addClassName("enishi-muted");
        list.setId("draft-rounds");
        list.addClassName("enishi-project-rows");
        add(new H1(getTranslation("draft.title")), intro, list, new H2(getTranslation("draft.create")), form());
        refresh();
    }

    private Div form() {
        TextField title = new TextField(getTranslation("draft.field.title"));
        title.setWidthFull();
        title.setId("draft-title");
        Select<DraftRule> rule = new Select<>();
        rule.setLabel(getTranslation("draft.field.rule"));
        rule.setItems(DraftRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("draft.rule." + r.name()));
        rule.setValue(DraftRule.PERSON_CHOOSES);
        rule.setId("draft-rule");
        IntegerField months = new IntegerField(getTranslation("draft.field.exclusive-months"));
        months.setValue(12);
        months.setId("draft-months");
        months.setVisible(false);
        rule.addValueChangeListener(e -> months.setVisible(e.getValue() == DraftRule.LOTTERY));
        LocalDate today = LocalDate.now(JapanTime.ZONE);
        DatePicker entryOpens = date("draft.field.entry-opens", "draft-entry-opens", today);
        DatePicker entryCloses = date("draft.field.entry-closes", "draft-entry-closes", today.plusDays(14));
        DatePicker nominationOpens = date("draft.field.nomination-opens", "draft-nomination-opens", today.plusDays(15));
        DatePicker nominationCloses = date("draft.field.nomination-closes", "draft-nomination-closes", today.plusDays(28));
        DatePicker revealOn = date("draft.field.reveal-on", "draft-reveal-on", today.plusDays(30));
        Button create = new Button(getTranslation("draft.create.submit"), e -> {
            try {
                rounds.create(new NewRound(title.getValue(), rule.getValue(), months.getValue(), entryOpens.getValue(),
                        entryCloses.getValue(), nominationOpens.getValue(), nominationCloses.getValue(),
                        revealOn.getValue()));
                FieldErrors.success(getTranslation("draft.created"));
                title.clear();
                refresh();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("title", title, "rule", rule, "exclusiveMonths", months,
                        "entryOpens", entryOpens, "entryCloses", entryCloses, "nominationOpens", nominationOpens,
                        "nominationCloses", nominationCloses, "revealOn", revealOn));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("draft-create");
        Div dates = new Div(entryOpens, entryCloses, nominationOpens, nominationCloses, revealOn);
        dates.addClassName("enishi-filters");
        Div form = new Div(title, new Div(rule, months), dates, create);
        form.setWidthFull();
        return form;
    }

    private DatePicker date(String labelKey, String id, LocalDate value) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setLocale(getLocale());
        picker.setValue(value);
        picker.setId(id);
        return picker;
    }

    private void refresh() {
        Locale locale = getLocale();
        list.removeAll();
        for (RoundView r : rounds.rounds()) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            row.setId("draft-round-" + r.id());
            Span phase = new Span(getTranslation("draft.phase." + r.phase().name()));
            phase.addClassName("enishi-status");
            Anchor results = new Anchor(DraftPaths.results(r.id()), r.title());
            row.add(new Div(results, phase), new Div(DraftLabels.windows(this, r, locale)),
                    new Div(getTranslation("draft.counts", getTranslation("draft.rule." + r.rule().name()), r.entrants(), r.picks())));
            if (r.seed() != null) {
                row.add(new Div(getTranslation("draft.seed", Long.toString(r.seed()))));
            }
            if (r.drawable()) {
                TextField seed = new TextField(getTranslation("draft.field.seed"));
                seed.setHelperText(getTranslation("draft.field.seed.help"));
                seed.setId("draft-seed-" + r.id());
                Button draw = new Button(getTranslation("draft.draw"), e -> {
                    try {
                        Long given = seed.getValue().isBlank() ? null : Long.valueOf(seed.getValue().strip());
                        long used = rounds.draw(r.id(), given);
                        FieldErrors.success(getTranslation("draft.drawn", Long.toString(used)));
                        refresh();
                    } catch (NumberFormatException notANumber) {
                        seed.setInvalid(true);
                        seed.setErrorMessage(getTranslation("draft.error.seed"));
                    } catch (InputRejectedException rejected) {
                        FieldErrors.show(this, rejected, Map.of());
                        refresh();
                    }
                });
                draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                draw.setId("draft-draw-" + r.id());
                Div drawing = new Div(seed, draw);
                drawing.addClassName("enishi-inline-form");
                row.add(drawing);
            }
            list.add(row);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("draft.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.title") + " | Enishi";
    }
}
