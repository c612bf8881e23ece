package jp.enishi.selection.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.ui.Dates;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.Stage;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/** A project's applicants with a count per stage; open one, or move them on from the list. */
@Route("w/:workspace/projects/:project/applicants")
@PermitAll
public class PipelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Pipeline pipeline;
    private String slug = "";
    private long projectId;
    private String title = "Enishi";

    PipelineView(Pipeline pipeline) {
        this.pipeline = pipeline;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        projectId = event.getRouteParameters().get("project").map(PipelineView::number).orElse(-1L);
        PipelineBoard board = WorkspaceRoutes.load(event, s -> pipeline.applicants(s, projectId));
        if (board != null) {
            render(board);
        }
    }

    private void render(PipelineBoard board) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("pipeline.title") + " — " + board.projectTitle() + " | Enishi";
        Anchor back = new Anchor("w/" + slug + "/projects/" + projectId, "← " + board.projectTitle());
        back.getElement().setAttribute("router-link", true);
        H1 heading = new H1(getTranslation("pipeline.title"));
        Div counts = new Div();
        counts.addClassName("enishi-status-filter");
        counts.setId("stage-counts");
        for (Stage s : Stage.values()) {
            counts.add(new Span(getTranslation("stage." + s.name()) + " " + board.counts().get(s)));
        }
        add(back, heading, counts);
        Div rows = new Div();
        rows.addClassName("enishi-project-rows");
        rows.setId("applicants");
        for (PipelineRow row : board.rows()) {
            Span stage = new Span(getTranslation("stage." + row.stage().name()));
            stage.addClassName("enishi-status");
            Anchor name = new Anchor("w/" + slug + "/applications/" + row.id(), row.name());
            name.getElement().setAttribute("router-link", true);
            Span meta = new Span(getTranslation("pipeline.row", row.roleTitle(), Dates.date(row.appliedAt(), locale)));
            meta.addClassName("enishi-muted");
            Div line = new Div(stage, name, meta, new StageMove(pipeline, slug, row, () -> render(pipeline.applicants(slug, projectId))));
            line.addClassName("enishi-project-row");
            rows.add(line);
        }
        if (board.rows().isEmpty()) {
            rows.add(new Span(getTranslation("pipeline.none")));
        }
        add(rows);
    }

    static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
