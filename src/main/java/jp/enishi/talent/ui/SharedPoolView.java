package jp.enishi.talent.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.enishi.talent.PoolHit;
import jp.enishi.talent.PoolPage;
import jp.enishi.talent.PoolQuery;
import jp.enishi.talent.SharedPool;

/**
 * The consortium's shared pool for its admin (連携の人材プール): everyone shared across the consortium by a region's
 * pool or by their own open profile, searched in Japanese with facets, a page at a time, with where each came from.
 */
@Route("consortium/talent")
@RolesAllowed("CONSORTIUM_ADMIN")
public class SharedPoolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "consortium/talent";

    private final SharedPool pool;

    SharedPoolView(SharedPool pool) {
        this.pool = pool;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters params = event.getLocation().getQueryParameters();
        int page = PoolPager.page(params);
        PoolSearchForm form = new PoolSearchForm(List.of(), false,
                to -> getUI().ifPresent(ui -> ui.navigate(PATH, to)));
        PoolQuery query = form.read(params, page);
        PoolPage found = pool.search(query);
        Paragraph intro = new Paragraph(getTranslation("sharedpool.intro"));
        intro.addClassName("enishi-muted");
        add(new H1(getTranslation("sharedpool.title")), intro, form, facets(found));
        Div rows = new Div();
        rows.setId("shared-pool");
        rows.addClassName("enishi-project-rows");
        found.hits().forEach(hit -> rows.add(new PoolHitRow(hit, null)));
        if (found.hits().isEmpty()) {
            rows.add(new Paragraph(getTranslation("talentpool.none")));
        }
        add(new PoolPager(page, found.total(), to -> getUI().ifPresent(ui -> ui.navigate(PATH, form.parameters(to)))),
                rows);
    }

    /** Counts of the whole result by skill, region of interest, work style and sharing region: no one is named. */
    private Div facets(PoolPage found) {
        Locale locale = getLocale();
        Div facets = new Div();
        facets.setId("pool-facets");
        facets.addClassName("enishi-facets");
        facets.add(facet("talent.field.skills", found.skills(), s -> getTranslation("skill." + s.name())),
                facet("talent.field.regions", found.regions(), r -> r.displayName(locale)),
                facet("board.work-style", found.workStyles(), s -> getTranslation("project.work-style." + s.name())),
                facet("sharedpool.shared-by", found.sharedBy(), w -> w.name(locale)));
        return facets;
    }

    private <T> Div facet(String titleKey, Map<T, Long> counts, Function<T, String> label) {
        Div facet = new Div(new H3(getTranslation(titleKey)));
        counts.entrySet().stream().sorted(Map.Entry.<T, Long>comparingByValue().reversed())
                .forEach(e -> facet.add(new Span(label.apply(e.getKey()) + " " + e.getValue())));
        if (counts.isEmpty()) {
            facet.add(new Span("—"));
        }
        return facet;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharedpool.title") + " | Enishi";
    }
}
