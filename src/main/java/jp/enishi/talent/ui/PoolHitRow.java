package jp.enishi.talent.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import jp.enishi.base.ui.HtmlText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Dates;
import jp.enishi.talent.PoolHit;
import org.jspecify.annotations.Nullable;

/**
 * One person found in a pool: name (a link to their page where the reader has one — a region's staff), marked
 * shared when not in the reader's own pool, headline,
 * skills, availability, work style, regions of interest, and where they came from (region, how, since).
 */
class PoolHitRow extends Div {

    PoolHitRow(PoolHit hit, @Nullable String link) {
        Locale locale = getLocale();
        var t = hit.talent();
        Div head = new Div();
        if (link != null) {
            Anchor name = new Anchor(link, hit.displayName());
            name.getElement().setAttribute("router-link", true);
            name.setId("member-" + hit.userId());
            name.addClassName("enishi-pool-name");
            head.add(name);
        } else {
            Span name = new Span(hit.displayName());
            name.setId("member-" + hit.userId());
            name.addClassName("enishi-pool-name");
            head.add(name);
        }
        if (hit.shared() && link != null) {
            Span shared = new Span(getTranslation("talentpool.shared"));
            shared.addClassName("enishi-status");
            head.add(shared);
        }
        add(head);
        List<String> facts = new java.util.ArrayList<>();
        t.skills().stream().sorted().forEach(s -> facts.add(getTranslation("skill." + s.name())));
        facts.addAll(t.tags());
        if (t.daysPerMonth() != null) {
            facts.add(getTranslation("talentpool.days", t.daysPerMonth()));
        }
        if (t.workStyle() != null) {
            facts.add(getTranslation("project.work-style." + t.workStyle().name()));
        }
        if (t.availableFrom() != null) {
            facts.add(getTranslation("pool.available-from", Dates.date(t.availableFrom(), locale)));
        }
        if (!t.regions().isEmpty()) {
            facts.add(getTranslation("pool.regions", String.join("、",
                    t.regions().stream().sorted().map(r -> r.displayName(locale)).toList())));
        }
        List<String> origins = new java.util.ArrayList<>(hit.origins().stream().map(o -> getTranslation(
                o.sharedWithConsortium() ? "pool.origin.shared" : "pool.origin", o.region().name(locale),
                getTranslation("via." + o.via().name()), Dates.date(o.since(), locale))).toList());
        if (hit.openProfile()) {
            origins.add(getTranslation("pool.origin.open"));
        }
        // Headline, facts and origins are only read: one element of escaped HTML, not three components with a
        // text node each, for each of a page's rows (docs/design-decisions/2026-12-03-launch-rush.md).
        Div about = new Div();
        about.addClassName("enishi-pool-about");
        about.getElement().setProperty("innerHTML", (t.headline() == null ? "" : "<div>" + HtmlText.of(t.headline()) + "</div>")
                + "<div class=\"enishi-muted\">" + HtmlText.of(String.join("・", facts)) + "</div>"
                + "<div class=\"enishi-muted enishi-pool-origin\">" + HtmlText.of(String.join(" / ", origins)) + "</div>");
        add(about);
        addClassName("enishi-pool-row");
    }
}
