package jp.enishi.project.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import jp.enishi.base.Dates;
import jp.enishi.project.RevisionSummary;
import jp.enishi.project.SpecSheetReview;

/** Every saved version, newest first, and what changed between any two of them. */
class HistoryPanel extends Div {

    private final SpecSheetReview review;
    private final String slug;
    private final long projectId;
    private final Div result = new Div();

    HistoryPanel(SpecSheetReview review, String slug, long projectId) {
        this.review = review;
        this.slug = slug;
        this.projectId = projectId;
        addClassName("enishi-history");
        refresh();
    }

    void refresh() {
        removeAll();
        result.removeAll();
        List<RevisionSummary> history = review.history(slug, projectId);
        Locale locale = getLocale();
        Select<RevisionSummary> from = versions("history.from", history, locale);
        Select<RevisionSummary> to = versions("history.to", history, locale);
        to.setValue(history.getFirst());
        // By default everything written since the sheet was created; any two versions can be chosen.
        from.setValue(history.getLast());
        Button compare = new Button(getTranslation("history.compare"), e -> result.add(compare(from.getValue(), to.getValue())));
        compare.setId("history-compare");
        Div controls = new Div(from, to, compare);
        controls.addClassName("enishi-history-controls");
        Div list = new Div();
        list.addClassName("enishi-history-list");
        for (RevisionSummary r : history) {
            Div row = new Div(getTranslation("history.row", r.version() + 1, Dates.dateTime(r.savedAt(), locale), r.author(),
                    getTranslation("project.revision." + r.kind().name()), ProjectLabels.status(this, r.status())));
            list.add(row);
        }
        add(controls, result, list);
        result.add(compare(from.getValue(), to.getValue()));
    }

    private Div compare(RevisionSummary from, RevisionSummary to) {
        result.removeAll();
        return new SheetDiff(review.compare(slug, projectId, from.version(), to.version()));
    }

    private Select<RevisionSummary> versions(String labelKey, List<RevisionSummary> history, Locale locale) {
        Select<RevisionSummary> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(history);
        select.setItemLabelGenerator(r -> getTranslation("history.version", r.version() + 1, Dates.dateTime(r.savedAt(), locale), r.author()));
        select.setWidth("18em");
        select.setId(labelKey.replace('.', '-'));
        return select;
    }
}
