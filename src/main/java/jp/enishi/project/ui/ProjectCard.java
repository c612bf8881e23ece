package jp.enishi.project.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.enishi.project.BoardCard;
import jp.enishi.project.SpecSheet;

/** A project on the public board: where, what, which roles, on what terms, until when. The whole card is the link. */
class ProjectCard extends Anchor {

    ProjectCard(BoardCard card) {
        setHref(card.path());
        addClassName("enishi-project-card");
        getElement().setAttribute("router-link", true);
        Locale locale = getLocale();
        if (card.hasCover()) {
            Image cover = new Image(CoverImageController.path(card.id()), "");
            cover.addClassName("enishi-project-cover");
            add(cover);
        }
        Div body = new Div();
        body.addClassName("enishi-project-card-body");
        Span where = new Span(ProjectLabels.where(card.workspace(), locale));
        where.addClassName("enishi-muted");
        H3 title = new H3(card.sheet().title());
        body.add(where, title);
        if (card.sheet().summary() != null) {
            Paragraph summary = new Paragraph(card.sheet().summary());
            summary.addClassName("enishi-project-summary");
            body.add(summary);
        }
        Div roles = new Div();
        roles.addClassName("enishi-chips");
        for (SpecSheet.RoleSpec role : card.roles()) {
            roles.add(new Span(role.title()));
        }
        body.add(roles);
        SpecSheet.Conditions c = card.sheet().conditions();
        Div terms = new Div(new Span(String.join(" · ", java.util.stream.Stream.of(
                ProjectLabels.pay(this, c), ProjectLabels.days(this, c.daysPerMonth()),
                ProjectLabels.of(this, "project.work-style.", c.workStyle())).filter(s -> !s.isEmpty()).toList())));
        terms.addClassName("enishi-project-terms");
        body.add(terms);
        Span state = card.open()
                ? new Span(getTranslation("board.deadline", ProjectLabels.deadline(this, c, locale)))
                : new Span(getTranslation("board.closed"));
        state.addClassName(card.open() ? "enishi-deadline" : "enishi-closed-badge");
        body.add(state);
        add(body);
    }
}
