package jp.enishi.selection.ui;

import java.util.LinkedHashMap;
import java.util.Map;

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
import jp.enishi.base.ui.AddressValues;
import jp.enishi.selection.InterviewSlots;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineExport;
import jp.enishi.selection.PipelineQuery;
import jp.enishi.selection.SelectionPaths;
import jp.enishi.selection.Stage;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/**
 * A project's applicants: as a list (filter by stage, keyword and skill, sort, choose some or all to move, message,
 * ask to the pool or export) or as a board with a column per stage ({@code ?view=board}). What is shown lives in the
 * address ({@link PipelineAddress}), so it can be shared and reloaded.
 */
@Route("w/:workspace/projects/:project/applicants")
@PermitAll
public class PipelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Pipeline pipeline;
    private final PipelineExport export;
    private final InterviewSlots slots;
    /** The applicants chosen for a bulk action: id → the version seen. */
    private final Map<Long, Long> chosen = new LinkedHashMap<>();
    private PipelineAddress address = new PipelineAddress("", -1, null, PipelineQuery.Order.APPLIED,
            PipelineQuery.PAGE, false, null, null);
    private String title = "Enishi";

    PipelineView(Pipeline pipeline, PipelineExport export, InterviewSlots slots) {
        this.pipeline = pipeline;
        this.export = export;
        this.slots = slots;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        long projectId = event.getRouteParameters().get("project").flatMap(AddressValues::longValue).orElse(-1L);
        address = PipelineAddress.read(slug, projectId, event.getLocation().getQueryParameters());
        chosen.clear();
        PipelineBoard board = WorkspaceRoutes.load(event, this::load);
        if (board != null) {
            render(board);
        }
    }

    private PipelineBoard load(String workspaceSlug) {
        return address.board() ? pipeline.board(workspaceSlug, address.projectId(), address.sort(), PipelineQuery.PAGE)
                : pipeline.applicants(workspaceSlug, address.projectId(), address.query());
    }

    /** After a bulk action that happened: the list as it now is, nothing chosen. */
    private void reload() {
        chosen.clear();
        render(load(address.slug()));
    }

    private void render(PipelineBoard board) {
        removeAll();
        title = getTranslation("pipeline.title") + " — " + board.projectTitle() + " | Enishi";
        Anchor back = new Anchor(SelectionPaths.project(address.slug(), address.projectId()), "← " + board.projectTitle());
        back.getElement().setAttribute("router-link", true);
        Anchor slotsLink = new Anchor(SelectionPaths.slots(address.slug(), address.projectId()), getTranslation("slots.link"));
        slotsLink.getElement().setAttribute("router-link", true);
        slotsLink.setId("slots-link");
        Anchor day = new Anchor(SelectionPaths.day(address.slug(), null), getTranslation("slots.day"));
        day.getElement().setAttribute("router-link", true);
        add(new Div(back, new Span(" · "), slotsLink, new Span(" · "), day), new H1(getTranslation("pipeline.title")),
                stageLinks(board), viewLinks());
        if (address.board()) {
            add(new PipelineKanban(address, board));
        } else {
            PipelineList list = new PipelineList(pipeline, address, board, chosen, this::reload);
            add(new PipelineFilters(address), new BulkActions(pipeline, export, slots, address, board, chosen, list, this::reload),
                    list);
        }
    }

    private Div stageLinks(PipelineBoard board) {
        Div counts = new Div();
        counts.addClassName("enishi-status-filter");
        counts.setId("stage-counts");
        counts.add(link(getTranslation("pipeline.all") + " " + board.total(), address.withStage(null),
                address.stage() == null));
        for (Stage s : Stage.values()) {
            counts.add(link(getTranslation("stage." + s.name()) + " " + board.counts().get(s), address.withStage(s),
                    s == address.stage()));
        }
        return counts;
    }

    private Div viewLinks() {
        Div views = new Div(link(getTranslation("pipeline.view.list"), address.withBoard(false), !address.board()),
                link(getTranslation("pipeline.view.board"), address.withBoard(true), address.board()));
        views.addClassName("enishi-status-filter");
        views.setId("pipeline-views");
        return views;
    }

    static Anchor link(String text, PipelineAddress to, boolean selected) {
        Anchor a = new Anchor(to.href(), text);
        a.getElement().setAttribute("router-link", true);
        if (selected) {
            a.addClassName("enishi-selected");
        }
        return a;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** 「指名」: the applicant came from an accepted nomination. */
    static Span nominatedBadge(com.vaadin.flow.component.Component where) {
        Span badge = new Span(where.getTranslation("pipeline.nominated"));
        badge.addClassNames("enishi-status", "enishi-status-published");
        return badge;
    }
}
