package jp.enishi.engagement.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.FiscalYear;
import jp.enishi.base.JapanTime;
import jp.enishi.engagement.EngagementPaths;
import jp.enishi.engagement.EngagementQuery;
import jp.enishi.engagement.EngagementRow;
import jp.enishi.engagement.Engagements;
import jp.enishi.selection.PipelineExport;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/**
 * 伴走の一覧: every engagement of the workspace with how it goes, what falls due next and the travel budget left —
 * at-risk, blocked and overdue first, terms to confirm next; filtered by what, project, coordinator and fiscal
 * year; a lazy grid paged in the database, exported whole as .xlsx or CSV.
 */
@Route("w/:workspace/engagements")
@PermitAll
public class EngagementsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Engagements engagements;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private final java.time.Clock clock;
    private final Grid<EngagementRow> grid = new Grid<>();
    private final Select<EngagementQuery.Show> show = new Select<>();
    private final ComboBox<Engagements.Option> project = new ComboBox<>();
    private final ComboBox<Engagements.Option> coordinator = new ComboBox<>();
    private final Select<FiscalYear> year = new Select<>();
    private final Span total = new Span();
    private String slug = "";

    EngagementsView(Engagements engagements, WorkspaceDirectory directory, WorkspaceHeader header, java.time.Clock clock) {
        this.clock = clock;
        this.engagements = engagements;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        Long count = WorkspaceRoutes.load(event, s -> engagements.count(s, EngagementQuery.current()));
        if (count == null) {
            return;
        }
        removeAll();
        Locale locale = getLocale();
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        Paragraph intro = new Paragraph(getTranslation("engagement.intro"));
        intro.addClassName("enishi-muted");
        add(new H2(getTranslation("engagement.title")), intro, filters(locale), total, grid(locale), exports(locale));
        refresh();
    }

    private Div filters(Locale locale) {
        show.setLabel(getTranslation("engagement.filter.show"));
        show.setItems(EngagementQuery.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("engagement.show." + s.name()));
        show.setValue(EngagementQuery.Show.CURRENT);
        show.setId("engagement-show");
        show.setWidth("17rem");
        project.setLabel(getTranslation("engagement.filter.project"));
        project.setItems(engagements.projects(slug));
        project.setItemLabelGenerator(Engagements.Option::name);
        project.setClearButtonVisible(true);
        project.setId("engagement-project");
        coordinator.setLabel(getTranslation("engagement.field.coordinator"));
        coordinator.setItems(engagements.coordinators(slug));
        coordinator.setItemLabelGenerator(Engagements.Option::name);
        coordinator.setClearButtonVisible(true);
        coordinator.setId("engagement-coordinator");
        FiscalYear current = FiscalYear.of(JapanTime.today(clock));
        year.setLabel(getTranslation("engagement.filter.year"));
        year.setItems(List.of(current.next(), current, new FiscalYear(current.startYear() - 1),
                new FiscalYear(current.startYear() - 2)));
        year.setItemLabelGenerator(fy -> fy == null ? getTranslation("engagement.filter.any-year") : fy.label(locale));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("engagement.filter.any-year"));
        year.setId("engagement-year");
        show.addValueChangeListener(e -> refresh());
        project.addValueChangeListener(e -> refresh());
        coordinator.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        Div filters = new Div(show, project, coordinator, year);
        filters.addClassName("enishi-inline-form");
        return filters;
    }

    private Grid<EngagementRow> grid(Locale locale) {
        grid.setId("engagements");
        // Templates, not a component per cell: each visible row would otherwise keep three components in the
        // session (StaffPagesBenchmark). Lit escapes every value.
        grid.addColumn(LitRenderer.<EngagementRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> EngagementPaths.one(slug, r.id()))
                        .withProperty("name", EngagementRow::personName))
                .setHeader(getTranslation("engagement.export.person")).setAutoWidth(true).setFrozen(true);
        // How it goes and what is due come right after the name: what a phone shows without scrolling.
        grid.addColumn(LitRenderer.<EngagementRow>of("""
                        <div><span class="enishi-status ${item.style}">${item.state}</span>\
                        <span class="enishi-status enishi-overdue" ?hidden="${!item.pastEnd}">${item.pastEndLabel}</span></div>""")
                        .withProperty("state", this::stateLabel).withProperty("style", EngagementsView::stateStyle)
                        .withProperty("pastEnd", EngagementRow::pastEnd)
                        .withProperty("pastEndLabel", r -> r.pastEnd() ? getTranslation("engagement.past-end") : ""))
                .setHeader(getTranslation("engagement.export.status")).setAutoWidth(true);
        grid.addColumn(LitRenderer.<EngagementRow>of("<span class=\"${item.style}\">${item.due}</span>")
                        .withProperty("due", r -> due(r, locale))
                        .withProperty("style", r -> r.overdue() && r.nextDue() != null ? "enishi-status enishi-overdue" : ""))
                .setHeader(getTranslation("engagement.export.next")).setAutoWidth(true);
        grid.addColumn(r -> r.projectTitle() + "／" + r.roleTitle()).setHeader(getTranslation("engagement.export.project"))
                .setWidth("18rem").setFlexGrow(3).setTooltipGenerator(r -> r.projectTitle() + "／" + r.roleTitle());
        grid.addColumn(r -> r.coordinatorName() == null ? "—" : r.coordinatorName())
                .setHeader(getTranslation("engagement.field.coordinator")).setAutoWidth(true);
        grid.addColumn(r -> Dates.date(r.endsOn(), locale)).setHeader(getTranslation("engagement.export.ends")).setAutoWidth(true);
        grid.addColumn(r -> r.remainingYen() == null ? "—" : EngagementParts.yen(r.remainingYen(), locale))
                .setHeader(getTranslation("engagement.export.remaining")).setAutoWidth(true);
        grid.setHeight("32rem");
        grid.setWidthFull();
        return grid;
    }

    private String stateLabel(EngagementRow r) {
        return r.status() == jp.enishi.engagement.EngagementStatus.ACTIVE && r.health() != null
                ? getTranslation("engagement.health." + r.health().name())
                : getTranslation("engagement.status." + r.status().name());
    }

    private static String stateStyle(EngagementRow r) {
        if (r.status() == jp.enishi.engagement.EngagementStatus.ACTIVE && r.health() != null) {
            return "enishi-health-" + r.health().name();
        }
        return r.status() == jp.enishi.engagement.EngagementStatus.DRAFT ? "enishi-status-in_review" : "";
    }

    private String due(EngagementRow r, Locale locale) {
        if (r.nextDue() == null || r.nextItem() == null) {
            return "—";
        }
        return getTranslation("engagement.due." + r.nextItem().name()) + " " + Dates.date(r.nextDue(), locale);
    }

    private EngagementQuery query() {
        return new EngagementQuery(show.getValue() == null ? EngagementQuery.Show.CURRENT : show.getValue(),
                id(project.getValue()), id(coordinator.getValue()), year.getValue());
    }

    private static @Nullable Long id(Engagements.@Nullable Option option) {
        return option == null ? null : option.id();
    }

    private void refresh() {
        EngagementQuery q = query();
        long count = engagements.count(slug, q);
        total.setText(getTranslation("engagement.count", count));
        total.setId("engagement-count");
        grid.setItems(query -> engagements.overview(slug, q, query.getOffset(), query.getLimit()).stream(),
                query -> (int) engagements.count(slug, q));
        boolean few = count <= 12;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "32rem");
    }

    private Div exports(Locale locale) {
        Div files = new Div();
        files.addClassName("enishi-inline-form");
        files.setId("engagement-exports");
        for (PipelineExport.Format format : PipelineExport.Format.values()) {
            String extension = format.name().toLowerCase(Locale.ROOT);
            String type = format == PipelineExport.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = engagements.export(slug, query(), format, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "engagements-" + slug + "." + extension,
                        type, bytes.length);
            }), getTranslation("pipeline.export." + extension));
            file.setId("engagement-export-" + extension);
            files.add(file);
        }
        return files;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.title") + " | Enishi";
    }
}
