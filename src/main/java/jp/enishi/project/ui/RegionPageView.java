package jp.enishi.project.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.RegionPage;

/**
 * A participating municipality's public page ({@code /regions/shiojiri}): who it is and its projects open for
 * applications, with Open Graph tags for sharing ({@link ProjectOpenGraph}). The landing page's cards link here.
 */
@Route("regions/:workspace")
@AnonymousAllowed
public class RegionPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN = 30;

    private final ProjectBoard board;
    private String title = "Enishi";

    RegionPageView(ProjectBoard board) {
        this.board = board;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("workspace").orElse("");
        board.region(slug, SHOWN).ifPresentOrElse(this::render, () -> event.rerouteToError(NotFoundException.class));
    }

    private void render(RegionPage page) {
        removeAll();
        Locale locale = getLocale();
        title = page.workspace().name(locale) + " | Enishi";
        H1 name = new H1(page.workspace().name(locale));
        name.setId("region-name");
        Span where = new Span(ProjectLabels.where(page.workspace(), locale));
        where.addClassName("enishi-muted");
        Paragraph about = new Paragraph(page.workspace().description(locale));
        about.addClassName("enishi-lead");
        add(name, where, about, new H2(getTranslation("region.open", page.openCount())));
        Div cards = new Div();
        cards.addClassName("enishi-project-grid");
        cards.setId("region-projects");
        page.openProjects().forEach(card -> cards.add(new ProjectCard(card)));
        if (page.openProjects().isEmpty()) {
            cards.add(new Paragraph(getTranslation("region.none")));
        }
        add(cards);
        Anchor all = new Anchor("projects?pref=" + page.workspace().prefecture().name(),
                getTranslation("region.board", ProjectLabels.where(page.workspace(), locale)));
        all.getElement().setAttribute("router-link", true);
        all.setId("region-board-link");
        add(all);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
