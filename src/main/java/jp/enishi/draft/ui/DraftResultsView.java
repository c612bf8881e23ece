package jp.enishi.draft.ui;

import java.util.Locale;
import java.util.OptionalLong;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.draft.DraftPhase;
import jp.enishi.draft.DraftResults;

/** A draft round's public results: counts per region, never a name; nothing per region before the reveal. */
@Route("draft/:round")
@AnonymousAllowed
public class DraftResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftResults results;
    private String title = "";

    DraftResultsView(DraftResults results) {
        this.results = results;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong round = event.getRouteParameters().get("round").flatMap(AddressValues::longValue)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        DraftResults.Results shown = round.isEmpty() ? null : results.of(round.getAsLong()).orElse(null);
        if (shown == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Locale locale = getLocale();
        var r = shown.round();
        title = r.title();
        add(new H1(r.title()), new Paragraph(DraftLabels.windows(this, r, locale)),
                new Paragraph(getTranslation("draft.rule." + r.rule().name())));
        if (r.phase() != DraftPhase.REVEALED) {
            Paragraph waiting = new Paragraph(getTranslation("draft.results.before-reveal", r.entrants()));
            waiting.setId("draft-results-waiting");
            add(waiting);
            return;
        }
        Paragraph totals = new Paragraph(getTranslation("draft.results.totals", r.entrants(), shown.pickedEntrants(), r.picks()));
        totals.setId("draft-results-totals");
        add(totals);
        if (r.seed() != null) {
            add(new Paragraph(getTranslation("draft.seed", Long.toString(r.seed()))));
        }
        Grid<DraftResults.RegionCount> grid = new Grid<>();
        grid.setId("draft-results");
        grid.addColumn(c -> c.region().name(locale)).setHeader(getTranslation("field.name")).setAutoWidth(true);
        grid.addColumn(c -> c.region().prefecture().displayName(locale)).setHeader(getTranslation("field.prefecture"))
                .setAutoWidth(true);
        grid.addColumn(DraftResults.RegionCount::picks).setHeader(getTranslation("draft.results.picks"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(DraftResults.RegionCount::settled).setHeader(getTranslation("draft.results.settled"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(shown.regions());
        grid.setAllRowsVisible(true);
        Paragraph note = new Paragraph(getTranslation("draft.results.no-names"));
        note.addClassName("enishi-muted");
        add(grid, note);
    }

    @Override
    public String getPageTitle() {
        return title + " | Enishi";
    }
}
