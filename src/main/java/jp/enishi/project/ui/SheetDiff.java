package jp.enishi.project.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jp.enishi.project.Section;
import jp.enishi.project.SheetComparison;
import jp.enishi.project.SpecSheet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * What changed between two versions, section by section: removed text struck through, added text underlined,
 * compared character by character because Japanese has no spaces between words.
 */
class SheetDiff extends Div {

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true).inlineDiffByWord(false).mergeOriginalRevised(true)
            .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>")
            .build();
    private static final Safelist MARKS = Safelist.none().addTags("del", "ins", "div").addAttributes("div", "class");

    SheetDiff(SheetComparison comparison) {
        addClassName("enishi-diff");
        setId("sheet-diff");
        if (comparison.changed().isEmpty()) {
            add(new Paragraph(getTranslation("history.no-difference")));
            return;
        }
        for (Section section : comparison.changed()) {
            List<String> before = lines(this, comparison.fromSheet(), section);
            List<String> after = lines(this, comparison.toSheet(), section);
            StringBuilder html = new StringBuilder("<div>");
            for (DiffRow row : GENERATOR.generateDiffRows(before, after)) {
                String kind = row.getTag().name().toLowerCase(java.util.Locale.ROOT);
                html.append("<div class=\"").append(kind).append("\">").append(row.getOldLine()).append("</div>");
            }
            html.append("</div>");
            Html text = new Html(Jsoup.clean(html.toString(), MARKS));
            add(new H3(getTranslation("project.section." + section.name())), text);
        }
    }

    /** A section as lines of text, with labels in the viewer's language, for comparing. */
    static List<String> lines(Component c, SpecSheet s, Section section) {
        List<String> lines = new ArrayList<>();
        switch (section) {
            case OVERVIEW -> {
                lines.add(c.getTranslation("project.field.title") + ": " + s.title());
                lines.add(c.getTranslation("project.field.summary") + ": " + Objects.toString(s.summary(), ""));
                lines.add(c.getTranslation("project.field.theme-owner") + ": " + Objects.toString(s.themeOwner(), ""));
            }
            case OWNER_STORY -> lines.addAll(split(s.ownerStory()));
            case LOCAL_ISSUE -> lines.addAll(split(s.localIssue()));
            case FUTURE -> lines.addAll(split(s.future()));
            case EXPECTATIONS -> lines.addAll(split(s.expectations()));
            case ROLES -> s.roles().forEach(r -> lines.add(r.title() + " / "
                    + ProjectLabels.of(c, "skill.", r.category()) + " / " + Objects.toString(r.skills(), "") + " / "
                    + c.getTranslation("project.headcount", r.headcount())));
            case CONDITIONS -> {
                SpecSheet.Conditions k = s.conditions();
                lines.add(c.getTranslation("project.field.contract-type") + ": " + ProjectLabels.of(c, "project.contract.", k.contractType()));
                lines.add(c.getTranslation("project.field.period") + ": " + ProjectLabels.period(c, k.periodMonths()));
                lines.add(c.getTranslation("project.field.pay") + ": " + ProjectLabels.pay(c, k));
                lines.add(c.getTranslation("project.field.days") + ": " + ProjectLabels.days(c, k.daysPerMonth()));
                lines.add(c.getTranslation("project.field.work-style") + ": " + ProjectLabels.of(c, "project.work-style.", k.workStyle()));
                lines.add(c.getTranslation("project.field.travel-support") + ": "
                        + c.getTranslation(k.travelSupport() ? "project.travel.yes" : "project.travel.no"));
                lines.add(c.getTranslation("project.field.place") + ": " + Objects.toString(k.place(), ""));
                lines.add(c.getTranslation("project.field.deadline") + ": " + ProjectLabels.deadline(c, k, com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.JAPANESE : com.vaadin.flow.component.UI.getCurrent().getLocale()));
            }
        }
        return lines;
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }
}
