package jp.enishi.selection.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineQuery.Order;
import jp.enishi.selection.PipelineQuery;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.Stage;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/**
 * A project's applicants: as a list (filter by stage, sort, choose several to move or message at once) or as a board
 * with a column per stage ({@code ?view=board}). The choice lives in the address, so it can be shared and reloaded.
 */
@Route("w/:workspace/projects/:project/applicants")
@PermitAll
public class PipelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final Pipeline pipeline;
    private final Map<Long, PipelineRow> chosen = new LinkedHashMap<>();
    private String slug = "";
    private long projectId;
    private String title = "Enishi";
    private @Nullable Stage stageFilter;
    private Order sort = Order.APPLIED;
    private int limit = PipelineQuery.PAGE;
    private boolean boardView;
    private Span chosenCount = new Span();

    PipelineView(Pipeline pipeline) {
        this.pipeline = pipeline;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        projectId = event.getRouteParameters().get("project").flatMap(AddressValues::longValue).orElse(-1L);
        QueryParameters query = event.getLocation().getQueryParameters();
        stageFilter = AddressValues.enumValue(query, "stage", Stage.class).orElse(null);
        sort = AddressValues.enumValue(query, "sort", Order.class).orElse(Order.APPLIED);
        limit = query.getSingleParameter("shown").flatMap(AddressValues::intValue).orElse(PipelineQuery.PAGE);
        boardView = query.getSingleParameter("view").filter("board"::equals).isPresent();
        PipelineBoard board = WorkspaceRoutes.load(event, this::load);
        if (board != null) {
            render(board);
        }
    }

    private PipelineQuery query() {
        return new PipelineQuery(stageFilter, sort, limit);
    }

    private PipelineBoard load(String workspaceSlug) {
        return boardView ? pipeline.board(workspaceSlug, projectId, sort, PipelineQuery.PAGE)
                : pipeline.applicants(workspaceSlug, projectId, query());
    }

    private void reload() {
        chosen.clear();
        render(load(slug));
    }

    private void render(PipelineBoard board) {
        removeAll();
        title = getTranslation("pipeline.title") + " — " + board.projectTitle() + " | Enishi";
        Anchor back = new Anchor("w/" + slug + "/projects/" + projectId, "← " + board.projectTitle());
        back.getElement().setAttribute("router-link", true);
        add(back, new H1(getTranslation("pipeline.title")), stageLinks(board), viewLinks());
        if (boardView) {
            add(kanban(board));
        } else {
            add(tools(board), list(board));
        }
    }

    private Div stageLinks(PipelineBoard board) {
        Div counts = new Div();
        counts.addClassName("enishi-status-filter");
        counts.setId("stage-counts");
        counts.add(link(getTranslation("pipeline.all") + " " + board.total(), null, sort, boardView, stageFilter == null));
        for (Stage s : Stage.values()) {
            counts.add(link(getTranslation("stage." + s.name()) + " " + board.counts().get(s), s, sort, boardView,
                    s == stageFilter));
        }
        return counts;
    }

    private Div viewLinks() {
        Div views = new Div(link(getTranslation("pipeline.view.list"), stageFilter, sort, false, !boardView),
                link(getTranslation("pipeline.view.board"), stageFilter, sort, true, boardView));
        views.addClassName("enishi-status-filter");
        views.setId("pipeline-views");
        return views;
    }

    private Anchor link(String text, @Nullable Stage stage, Order by, boolean board, boolean selected) {
        return link(text, stage, by, board, selected, PipelineQuery.PAGE);
    }

    private Anchor link(String text, @Nullable Stage stage, Order by, boolean board, boolean selected, int shown) {
        Map<String, String> q = new LinkedHashMap<>();
        if (stage != null) {
            q.put("stage", stage.name());
        }
        if (by != Order.APPLIED) {
            q.put("sort", by.name());
        }
        if (shown != PipelineQuery.PAGE) {
            q.put("shown", String.valueOf(shown));
        }
        if (board) {
            q.put("view", "board");
        }
        String query = QueryParameters.simple(q).getQueryString();
        Anchor a = new Anchor("w/" + slug + "/projects/" + projectId + "/applicants" + (query.isEmpty() ? "" : "?" + query), text);
        a.getElement().setAttribute("router-link", true);
        if (selected) {
            a.addClassName("enishi-selected");
        }
        return a;
    }

    private Div tools(PipelineBoard board) {
        Select<Order> by = new Select<>();
        by.setItems(Order.values());
        by.setItemLabelGenerator(s -> getTranslation("pipeline.sort." + s.name()));
        by.setValue(sort);
        by.setAriaLabel(getTranslation("pipeline.sort"));
        by.setId("pipeline-sort");
        by.addValueChangeListener(e -> getUI().ifPresent(ui -> ui.navigate(
                link("", stageFilter, e.getValue(), false, false).getHref())));
        Select<Stage> to = new Select<>();
        to.setItems(List.of(Stage.SCREENING, Stage.SCHEDULING, Stage.INTERVIEWED, Stage.HIRED, Stage.DECLINED));
        to.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        to.setAriaLabel(getTranslation("pipeline.next"));
        to.setValue(Stage.SCREENING);
        to.setId("bulk-stage");
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("pipeline.reason"));
        reason.setId("bulk-reason");
        Button move = new Button(getTranslation("pipeline.move-chosen"), e -> {
            try {
                Map<Long, Long> versions = new HashMap<>();
                chosen.values().forEach(r -> versions.put(r.id(), r.version()));
                int n = pipeline.moveAll(slug, versions, to.getValue(), reason.getValue());
                FieldErrors.success(getTranslation("pipeline.moved-many", n, getTranslation("stage." + to.getValue().name())));
                reload();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("reason", reason, "stage", to));
            }
        });
        move.setId("bulk-move");
        TextArea message = new TextArea();
        message.setPlaceholder(getTranslation("pipeline.message.text"));
        message.setMaxLength(2000);
        message.setId("bulk-message-text");
        Button send = new Button(getTranslation("pipeline.message.send"), e -> {
            try {
                int n = pipeline.message(slug, chosen.keySet(), message.getValue());
                FieldErrors.success(getTranslation("pipeline.message.sent", n));
                message.clear();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("message", message));
            }
        });
        send.setId("bulk-message");
        chosenCount = new Span(getTranslation("pipeline.chosen", chosen.size()));
        chosenCount.setId("chosen-count");
        Div tools = new Div(by, chosenCount, to, reason, move, message, send);
        tools.addClassName("enishi-pipeline-tools");
        tools.setId("pipeline-tools");
        return tools;
    }

    private Div list(PipelineBoard board) {
        Locale locale = getLocale();
        Div rows = new Div();
        rows.addClassName("enishi-project-rows");
        rows.setId("applicants");
        for (PipelineRow row : board.rows()) {
            Checkbox choose = new Checkbox();
            choose.setAriaLabel(getTranslation("pipeline.choose") + " " + row.name());
            choose.setId("choose-" + row.id());
            choose.addValueChangeListener(e -> {
                if (e.getValue()) {
                    chosen.put(row.id(), row);
                } else {
                    chosen.remove(row.id());
                }
                chosenCount.setText(getTranslation("pipeline.chosen", chosen.size()));
            });
            Span stage = new Span(getTranslation("stage." + row.stage().name()));
            stage.addClassName("enishi-status");
            Anchor name = new Anchor("w/" + slug + "/applications/" + row.id(), row.name());
            name.getElement().setAttribute("router-link", true);
            Span meta = new Span(getTranslation("pipeline.row", row.roleTitle(), Dates.date(row.appliedAt(), locale)));
            meta.addClassName("enishi-muted");
            Div line = new Div(choose, stage, name, meta, new StageMove(pipeline, slug, row, this::reload));
            line.addClassName("enishi-project-row");
            rows.add(line);
        }
        if (rows.getComponentCount() == 0) {
            rows.add(new Span(getTranslation("pipeline.none")));
        }
        if (board.matching() > board.rows().size() && limit < PipelineQuery.MAX) {
            Anchor more = link(getTranslation("pipeline.more", board.rows().size(), board.matching()), stageFilter, sort,
                    false, false, limit + PipelineQuery.PAGE);
            more.setId("pipeline-more");
            rows.add(more);
        }
        return rows;
    }

    /** A column per stage, each with its first page of applicants; a column with more links to its list. */
    private Div kanban(PipelineBoard board) {
        Div columns = new Div();
        columns.addClassName("enishi-kanban");
        columns.setId("pipeline-board");
        for (Stage s : Stage.values()) {
            if (stageFilter != null && s != stageFilter) {
                continue;
            }
            long count = board.counts().get(s);
            Div column = new Div(new H3(getTranslation("stage." + s.name()) + " " + count));
            column.addClassName("enishi-kanban-column");
            column.setId("column-" + s.name());
            List<PipelineRow> rows = board.rows().stream().filter(r -> r.stage() == s).toList();
            rows.forEach(r -> {
                Anchor name = new Anchor("w/" + slug + "/applications/" + r.id(), r.name());
                name.getElement().setAttribute("router-link", true);
                Span role = new Span(r.roleTitle());
                role.addClassName("enishi-muted");
                Div card = new Div(name, new Div(role));
                card.addClassName("enishi-kanban-card");
                column.add(card);
            });
            if (count > rows.size()) {
                column.add(link(getTranslation("pipeline.others", count - rows.size()), s, sort, false, false));
            }
            columns.add(column);
        }
        return columns;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
