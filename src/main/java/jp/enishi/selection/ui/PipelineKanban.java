package jp.enishi.selection.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.SelectionPaths;
import jp.enishi.selection.Stage;

/** A column per stage, each with its first page of applicants; a column with more links to its list. */
class PipelineKanban extends Div {

    PipelineKanban(PipelineAddress address, PipelineBoard board) {
        addClassName("enishi-kanban");
        setId("pipeline-board");
        for (Stage s : Stage.values()) {
            if (address.stage() != null && s != address.stage()) {
                continue;
            }
            long count = board.counts().get(s);
            Div column = new Div(new H3(getTranslation("stage." + s.name()) + " " + count));
            column.addClassName("enishi-kanban-column");
            column.setId("column-" + s.name());
            List<PipelineRow> rows = board.rows().stream().filter(r -> r.stage() == s).toList();
            rows.forEach(r -> {
                Anchor name = new Anchor(SelectionPaths.applicant(address.slug(), r.id()), r.name());
                name.getElement().setAttribute("router-link", true);
                Span role = new Span(r.roleTitle());
                role.addClassName("enishi-muted");
                Div card = new Div(name, new Div(role));
                if (r.nominated()) {
                    card.add(PipelineView.nominatedBadge(card));
                }
                card.addClassName("enishi-kanban-card");
                column.add(card);
            });
            if (count > rows.size()) {
                column.add(PipelineView.link(getTranslation("pipeline.others", count - rows.size()),
                        address.withStage(s).withBoard(false), false));
            }
            add(column);
        }
    }
}
