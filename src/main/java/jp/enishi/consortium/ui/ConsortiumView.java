package jp.enishi.consortium.ui;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jp.enishi.base.Dates;
import jp.enishi.base.FiscalYear;
import jp.enishi.base.RegionFigure;
import jp.enishi.consortium.ConsortiumService;
import jp.enishi.consortium.RegionRow;
import jp.enishi.consortium.RegionsSideBySide;
import jp.enishi.workspace.Prefecture;

/**
 * The consortium admin's screen: the regions side by side per fiscal year — a lazy grid read a page at a time and
 * sorted in the database, with the year's totals and exports — the way to the shared pool, and onboarding.
 */
@Route("consortium")
@Menu(title = "nav.consortium", order = 3)
@RolesAllowed("CONSORTIUM_ADMIN")
public class ConsortiumView extends VerticalLayout implements HasDynamicTitle {

    private final RegionsSideBySide regions;
    private final Grid<RegionRow> grid = new Grid<>();
    private final Select<FiscalYear> year = new Select<>();
    private final Select<Prefecture> prefecture = new Select<>();
    private final Paragraph counted = new Paragraph();
    private FooterRow footer;

    ConsortiumView(ConsortiumService consortium, RegionsSideBySide regions) {
        this.regions = regions;
        addClassName("enishi-page");
        Locale locale = getLocale();

        Anchor pool = new Anchor("consortium/talent", getTranslation("sharedpool.title"));
        pool.getElement().setAttribute("router-link", true);
        pool.setId("shared-pool-link");
        Anchor draft = new Anchor("consortium/draft", getTranslation("draft.title"));
        draft.getElement().setAttribute("router-link", true);
        draft.setId("draft-link");
        Div links = new Div(pool, new com.vaadin.flow.component.html.Span("　"), draft);

        List<FiscalYear> years = regions.years();
        year.setLabel(getTranslation("figures.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y.label(locale));
        year.setValue(years.getFirst());
        year.setId("figures-year");
        year.addValueChangeListener(e -> refresh());
        prefecture.setLabel(getTranslation("field.prefecture"));
        prefecture.setItems(Arrays.asList(Prefecture.values()));
        prefecture.setItemLabelGenerator(p -> p == null ? getTranslation("board.any") : p.displayName(locale));
        prefecture.setEmptySelectionAllowed(true);
        prefecture.setEmptySelectionCaption(getTranslation("board.any"));
        prefecture.setId("figures-prefecture");
        prefecture.addValueChangeListener(e -> refresh());
        Button recount = new Button(getTranslation("figures.recount"), e -> recount());
        recount.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recount.setId("figures-recount");
        Div controls = new Div(year, prefecture, recount);
        controls.addClassName("enishi-inline-form");

        grid.setId("regions");
        grid.addColumn(r -> r.name(locale)).setHeader(getTranslation("field.name")).setKey("NAME")
                .setSortable(true).setSortProperty("NAME").setAutoWidth(true).setFrozen(true);
        grid.addColumn(r -> r.prefecture().displayName(locale)).setHeader(getTranslation("field.prefecture"))
                .setKey("PREFECTURE").setSortable(true).setSortProperty("PREFECTURE").setAutoWidth(true);
        for (RegionFigure figure : RegionFigure.values()) {
            grid.addColumn(r -> String.format(locale, "%,d", r.get(figure)))
                    .setHeader(getTranslation("figure." + figure.name())).setKey(figure.name())
                    .setSortable(true).setSortProperty(figure.name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.setMultiSort(false);
        grid.setHeight("32rem");
        grid.setWidthFull();
        footer = grid.appendFooterRow();
        counted.addClassName("enishi-muted");
        counted.setId("figures-counted");

        Paragraph intro = new Paragraph(getTranslation("consortium.intro"));
        intro.addClassName("enishi-muted");
        add(new H1(getTranslation("consortium.title")), intro, links, new H2(getTranslation("figures.title")),
                controls, counted, grid, exports(),
                new H2(getTranslation("consortium.onboard")), new OnboardingForm(consortium, this::recount));
        if (regions.count(year.getValue(), null) == 0) {
            // A first visit before the job's first run (a new installation): count now rather than show nothing.
            regions.recount(year.getValue());
        }
        refresh();
    }

    /** Counts the year shown again — after onboarding too, so the new municipality is in the grid at once. */
    private void recount() {
        regions.recount(year.getValue());
        refresh();
    }

    private void refresh() {
        FiscalYear fy = year.getValue();
        Prefecture pref = prefecture.getValue();
        Locale locale = getLocale();
        long shown = regions.count(fy, pref);
        grid.setItems(query -> {
            QuerySortOrder order = query.getSortOrders().isEmpty() ? null : query.getSortOrders().getFirst();
            Object by = order == null ? null : sortKey(order.getSorted());
            boolean descending = order != null && order.getDirection() == SortDirection.DESCENDING;
            return regions.rows(fy, pref, by, descending, query.getOffset(), query.getLimit()).stream();
        }, query -> (int) regions.count(fy, pref));
        // A handful of regions fit on the page; beyond that the grid scrolls and fetches as it goes.
        boolean few = shown <= 12;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "32rem");
        RegionsSideBySide.Totals totals = regions.totals(fy, pref);
        footer.getCell(grid.getColumnByKey("NAME")).setText(getTranslation("figures.total", shown));
        for (RegionFigure figure : RegionFigure.values()) {
            footer.getCell(grid.getColumnByKey(figure.name())).setText(String.format(locale, "%,d", totals.sums().get(figure)));
        }
        counted.setText(totals.computedAt() == null ? getTranslation("figures.not-counted")
                : getTranslation("figures.counted", Dates.dateTime(totals.computedAt(), locale)));
    }

    private static Object sortKey(String property) {
        return switch (property) {
            case "NAME" -> RegionsSideBySide.By.NAME;
            case "PREFECTURE" -> RegionsSideBySide.By.PREFECTURE;
            default -> RegionFigure.valueOf(property);
        };
    }

    private Div exports() {
        Div files = new Div();
        files.addClassName("enishi-inline-form");
        files.setId("figures-exports");
        for (RegionsSideBySide.Format format : RegionsSideBySide.Format.values()) {
            String extension = format.name().toLowerCase(Locale.ROOT);
            String type = format == RegionsSideBySide.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
            Locale locale = getLocale();
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                FiscalYear fy = year.getValue();
                byte[] bytes = regions.export(fy, prefecture.getValue(), format, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "regions-fy" + fy.startYear() + "." + extension, type, bytes.length);
            }), getTranslation("pipeline.export." + extension));
            file.setId("figures-export-" + extension);
            files.add(file);
        }
        Span help = new Span(getTranslation("figures.export.help"));
        help.addClassName("enishi-muted");
        files.add(help);
        return files;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consortium.title") + " | Enishi";
    }
}
