package jp.enishi.selection.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Dates;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineQuery;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.SelectionPaths;

/** One page of applicants, each with a box to choose them and their own stage move. */
class PipelineList extends Div {

    private final Map<Long, Long> chosen;
    private final Map<Long, Checkbox> boxes = new java.util.HashMap<>();
    private Runnable chosenChanged = () -> { };

    PipelineList(Pipeline pipeline, PipelineAddress address, PipelineBoard board, Map<Long, Long> chosen, Runnable moved) {
        this.chosen = chosen;
        addClassName("enishi-project-rows");
        setId("applicants");
        Locale locale = getLocale();
        for (PipelineRow row : board.rows()) {
            Checkbox choose = new Checkbox(chosen.containsKey(row.id()));
            choose.setAriaLabel(getTranslation("pipeline.choose") + " " + row.name());
            choose.setId("choose-" + row.id());
            choose.addValueChangeListener(e -> {
                if (e.getValue()) {
                    chosen.put(row.id(), row.version());
                } else {
                    chosen.remove(row.id());
                }
                chosenChanged.run();
            });
            boxes.put(row.id(), choose);
            Span stage = new Span(getTranslation("stage." + row.stage().name()));
            stage.addClassName("enishi-status");
            Anchor name = new Anchor(SelectionPaths.applicant(address.slug(), row.id()), row.name());
            name.getElement().setAttribute("router-link", true);
            Span meta = new Span(getTranslation("pipeline.row", row.roleTitle(), Dates.date(row.appliedAt(), locale)));
            meta.addClassName("enishi-muted");
            Div line = new Div(choose, stage, name);
            if (row.nominated()) {
                line.add(PipelineView.nominatedBadge(line));
            }
            line.add(meta, new StageMove(pipeline, address.slug(), row, moved));
            line.addClassName("enishi-project-row");
            add(line);
        }
        if (board.rows().isEmpty()) {
            add(new Span(getTranslation("pipeline.none")));
        }
        if (board.matching() > board.rows().size() && address.shown() < PipelineQuery.MAX) {
            Anchor more = PipelineView.link(getTranslation("pipeline.more", board.rows().size(), board.matching()),
                    address.withShown(address.shown() + PipelineQuery.PAGE), false);
            more.setId("pipeline-more");
            add(more);
        }
    }

    /** Told when the user ticks or unticks a row. */
    void onChosenChanged(Runnable listener) {
        this.chosenChanged = listener;
    }

    /** The boxes of the rows shown follow a choice made for all (select all / clear). */
    void showChosen() {
        boxes.forEach((id, box) -> box.setValue(chosen.containsKey(id)));
    }
}
