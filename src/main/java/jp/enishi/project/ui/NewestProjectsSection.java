package jp.enishi.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import jp.enishi.base.ui.LandingSection;
import jp.enishi.project.BoardPage;
import jp.enishi.project.BoardQuery;
import jp.enishi.project.ProjectBoard;
import org.springframework.core.annotation.Order;

/** 「新着の募集」 on the landing page: the newest open projects (one page from the index) and how many are open. */
@org.springframework.stereotype.Component
@Order(10)
class NewestProjectsSection implements LandingSection {

    static final int SHOWN = 6;

    private final ProjectBoard board;

    NewestProjectsSection(ProjectBoard board) {
        this.board = board;
    }

    @Override
    public Component create() {
        BoardPage newest = board.search(new BoardQuery(null, null, null, null, null, null, true, 0, SHOWN));
        Div section = new Div();
        section.setId("newest-projects");
        section.setWidthFull();
        if (newest.cards().isEmpty()) {
            return section;
        }
        Div cards = new Div();
        cards.addClassName("enishi-project-grid");
        newest.cards().forEach(card -> cards.add(new ProjectCard(card)));
        H2 title = new H2(section.getTranslation("landing.newest", newest.total()));
        Anchor all = new Anchor("projects?open=1", section.getTranslation("landing.newest.all", newest.total()));
        all.setId("newest-all");
        section.add(title, cards, all);
        return section;
    }
}
