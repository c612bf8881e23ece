package jp.enishi.project.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Anchor;
import jp.enishi.base.ui.HtmlText;
import jp.enishi.project.BoardCard;
import jp.enishi.project.SpecSheet;


/**
 * A project on the public board: where, what, which roles, on what terms, until when. The whole card is the link.
 * <p>
 * Its inside is one piece of escaped HTML, not a tree of components: a card is only read, never updated, and the
 * board shows a page of them to every visitor — a dozen server-side nodes per card were most of an anonymous
 * session's memory (docs/design-decisions/2026-12-02-public-pages.md).
 */
class ProjectCard extends Anchor {

    ProjectCard(BoardCard card) {
        setHref(card.path());
        addClassName("enishi-project-card");
        getElement().setAttribute("router-link", true);
        Locale locale = getLocale();
        StringBuilder html = new StringBuilder();
        if (card.hasCover()) {
            html.append("<img class=\"enishi-project-cover\" alt=\"\" src=\"")
                    .append(HtmlText.of(CoverImageController.path(card.id()))).append("\">");
        }
        html.append("<div class=\"enishi-project-card-body\"><span class=\"enishi-muted\">")
                .append(HtmlText.of(ProjectLabels.where(card.workspace(), locale))).append("</span><h3>")
                .append(HtmlText.of(card.sheet().title())).append("</h3>");
        if (card.sheet().summary() != null) {
            html.append("<p class=\"enishi-project-summary\">").append(HtmlText.of(card.sheet().summary())).append("</p>");
        }
        html.append("<div class=\"enishi-chips\">").append(card.roles().stream()
                .map(role -> "<span>" + HtmlText.of(role.title()) + "</span>").collect(Collectors.joining())).append("</div>");
        SpecSheet.Conditions c = card.sheet().conditions();
        html.append("<div class=\"enishi-project-terms\"><span>").append(HtmlText.of(String.join(" · ", Stream.of(
                ProjectLabels.pay(this, c), ProjectLabels.days(this, c.daysPerMonth()),
                ProjectLabels.of(this, "project.work-style.", c.workStyle())).filter(s -> !s.isEmpty()).toList())))
                .append("</span></div>");
        html.append(card.open()
                ? "<span class=\"enishi-deadline\">" + HtmlText.of(getTranslation("board.deadline",
                        ProjectLabels.deadline(this, c, locale))) + "</span>"
                : "<span class=\"enishi-closed-badge\">" + HtmlText.of(getTranslation("board.closed")) + "</span>");
        html.append("</div>");
        getElement().setProperty("innerHTML", html.toString());
    }
}
