package jp.enishi.project.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Markdown;
import jp.enishi.project.SpecSheet;
import org.jspecify.annotations.Nullable;

/**
 * A spec sheet laid out for reading — the recruitment page: the theme owner's story, the issue, the future, what is
 * expected, the roles and the terms. Long texts are the sanitized Markdown subset ({@link Markdown}).
 */
class SpecSheetDisplay extends Div {

    SpecSheetDisplay(SpecSheet sheet) {
        this(sheet, position -> null);
    }

    /** With {@code roleActions} under each role, e.g. an apply button; null for none. */
    SpecSheetDisplay(SpecSheet sheet, java.util.function.IntFunction<@Nullable Component> roleActions) {
        addClassName("enishi-sheet");
        Locale locale = getLocale();
        section("OWNER_STORY", sheet.themeOwner() == null ? null : new Span(sheet.themeOwner()), sheet.ownerStory());
        section("LOCAL_ISSUE", null, sheet.localIssue());
        section("FUTURE", null, sheet.future());
        section("EXPECTATIONS", null, sheet.expectations());

        if (!sheet.roles().isEmpty()) {
            Div roles = new Div();
            roles.addClassName("enishi-roles");
            for (int position = 0; position < sheet.roles().size(); position++) {
                SpecSheet.RoleSpec role = sheet.roles().get(position);
                Div r = new Div();
                r.addClassName("enishi-role");
                Span title = new Span(role.title());
                title.addClassName("enishi-role-title");
                Span meta = new Span(String.join(" · ", nonEmpty(
                        ProjectLabels.of(this, "skill.", role.category()),
                        getTranslation("project.headcount", role.headcount()))));
                meta.addClassName("enishi-muted");
                r.add(title, meta);
                if (role.skills() != null) {
                    r.add(new Div(role.skills()));
                }
                Component actions = roleActions.apply(position);
                if (actions != null) {
                    r.add(actions);
                }
                roles.add(r);
            }
            add(heading("ROLES"), roles);
        }

        SpecSheet.Conditions c = sheet.conditions();
        Div terms = new Div();
        terms.addClassName("enishi-terms");
        term(terms, "project.field.contract-type", ProjectLabels.of(this, "project.contract.", c.contractType()));
        term(terms, "project.field.period", ProjectLabels.period(this, c.periodMonths()));
        term(terms, "project.field.pay", ProjectLabels.pay(this, c));
        term(terms, "project.field.days", ProjectLabels.days(this, c.daysPerMonth()));
        term(terms, "project.field.work-style", ProjectLabels.of(this, "project.work-style.", c.workStyle()));
        term(terms, "project.field.travel-support", getTranslation(c.travelSupport() ? "project.travel.yes" : "project.travel.no"));
        term(terms, "project.field.place", c.place() == null ? "" : c.place());
        term(terms, "project.field.deadline", ProjectLabels.deadline(this, c, locale));
        add(heading("CONDITIONS"), terms);
    }

    private void section(String section, @Nullable Component lead, @Nullable String markdown) {
        if (markdown == null && lead == null) {
            return;
        }
        add(heading(section));
        if (lead != null) {
            lead.addClassName("enishi-sheet-lead");
            add(lead);
        }
        if (markdown != null) {
            Html text = new Html(Markdown.toSafeHtml(markdown));
            text.getElement().getClassList().add("enishi-sheet-text");
            add(text);
        }
    }

    private H2 heading(String section) {
        return new H2(getTranslation("project.section." + section));
    }

    private void term(Div terms, String labelKey, String value) {
        if (value.isEmpty()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("enishi-term-label");
        terms.add(new Div(label, new Span(value)));
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> list = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                list.add(p);
            }
        }
        return list;
    }
}
