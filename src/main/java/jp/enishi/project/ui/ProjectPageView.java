package jp.enishi.project.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.project.BoardCard;
import jp.enishi.project.ProjectBoard;
import jp.enishi.project.PublicPaths;

/**
 * A published project's own page, for anyone: the recruitment page to share. After the deadline, or once closed,
 * it says so at the top. Its Open Graph tags come from {@link ProjectOpenGraph}, in the HTML SNS sites fetch.
 */
@Route("projects/:project")
@AnonymousAllowed
public class ProjectPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectBoard board;
    private final java.util.List<RoleActions> roleActions;
    private String title = "Enishi";

    ProjectPageView(ProjectBoard board, java.util.List<RoleActions> roleActions) {
        this.board = board;
        this.roleActions = roleActions;
        addClassNames("enishi-page", "enishi-project-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BoardCard card = PublicPaths.parseId(event.getRouteParameters().get("project").orElse(""))
                .stream().boxed().findFirst().flatMap(board::publicProject).orElse(null);
        if (card == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(card);
    }

    private void render(BoardCard card) {
        Locale locale = getLocale();
        title = card.sheet().title() + " — " + card.workspace().name(locale) + " | Enishi";
        removeAll();
        if (card.hasCover()) {
            Image cover = new Image(CoverImageController.path(card.id()), "");
            cover.addClassName("enishi-project-hero-image");
            add(cover);
        }
        Span where = new Span(ProjectLabels.where(card.workspace(), locale));
        where.addClassName("enishi-muted");
        H1 heading = new H1(card.sheet().title());
        heading.setId("project-title");
        Div state = new Div();
        state.setId("project-state");
        if (card.open()) {
            state.setText(getTranslation("project.page.open-until", ProjectLabels.deadline(this, card.sheet().conditions(), locale)));
            state.addClassName("enishi-open-banner");
        } else {
            state.setText(getTranslation("project.page.closed"));
            state.addClassName("enishi-closed-banner");
        }
        add(where, heading, state);
        if (card.sheet().summary() != null) {
            Paragraph summary = new Paragraph(card.sheet().summary());
            summary.addClassName("enishi-project-lead");
            add(summary);
        }
        add(new SpecSheetDisplay(card.sheet(), position -> {
            com.vaadin.flow.component.html.Div actions = new com.vaadin.flow.component.html.Div();
            roleActions.forEach(a -> actions.add(a.forRole(card, position)));
            return actions.getComponentCount() == 0 ? null : actions;
        }));
        Anchor back = new Anchor("projects", getTranslation("project.page.back"));
        back.getElement().setAttribute("router-link", true);
        add(back);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
