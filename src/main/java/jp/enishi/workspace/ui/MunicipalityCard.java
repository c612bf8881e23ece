package jp.enishi.workspace.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import jp.enishi.base.ui.HtmlText;
import jp.enishi.workspace.WorkspaceSummary;

/**
 * A participating municipality as the public sees it: name, where, what it does with related population.
 * <p>
 * Like the board's project cards, its inside is one piece of escaped HTML, not three components with a text node
 * each: a card is only read, and the landing page gives {@value LandingView#PAGE} of them to every visitor
 * (docs/design-decisions/2026-12-02-public-pages.md).
 */
class MunicipalityCard extends Anchor {

    /** The whole card links to the municipality's public page (by path: that page belongs to projects). */
    MunicipalityCard(WorkspaceSummary workspace, Locale locale) {
        setHref("regions/" + workspace.slug());
        getElement().setAttribute("router-link", true);
        setId("region-" + workspace.slug());
        addClassNames("enishi-card", "enishi-card-link");
        getElement().setProperty("innerHTML", "<h3>" + HtmlText.of(workspace.name(locale)) + "</h3><span class=\"enishi-muted\">"
                + HtmlText.of(WorkspaceLabels.place(this, workspace, locale)) + "</span><p>" + HtmlText.of(workspace.description(locale)) + "</p>");
    }
}
