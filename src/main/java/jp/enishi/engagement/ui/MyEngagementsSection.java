package jp.enishi.engagement.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Dates;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.engagement.EngagementPaths;
import jp.enishi.engagement.MyEngagement;
import jp.enishi.engagement.MyEngagements;
import org.springframework.core.annotation.Order;

/** 「伴走」 on /me: each engagement with its region, what is due next, and what the closing asks of the person. */
@org.springframework.stereotype.Component
@Order(1)
class MyEngagementsSection implements MePageSection {

    private final MyEngagements engagements;

    MyEngagementsSection(MyEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("my-engagements", this::render);
    }

    private void render(Div section) {
        Locale locale = MePageSection.locale();
        List<MyEngagement> mine = engagements.mine(locale);
        if (mine.isEmpty()) {
            return;
        }
        section.add(new H2(section.getTranslation("engagement.mine")));
        for (MyEngagement e : mine) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            row.setId("my-engagement-" + e.id());
            Span status = new Span(section.getTranslation("engagement.status." + e.status().name()));
            status.addClassName("enishi-status");
            row.add(new Div(new Anchor(EngagementPaths.mine(e.id()), e.regionName() + "　" + e.projectTitle() + "／" + e.roleTitle()),
                    status));
            row.add(new Div(Dates.date(e.startsOn(), locale) + " 〜 " + Dates.date(e.endsOn(), locale)));
            if (e.nextCheckInOn() != null) {
                Span due = new Span(section.getTranslation("engagement.next-check-in", Dates.date(e.nextCheckInOn(), locale)));
                if (e.overdue()) {
                    due.addClassNames("enishi-status", "enishi-overdue");
                }
                row.add(new Div(due));
            }
            if (e.reviewWanted()) {
                row.add(new Div(section.getTranslation("engagement.me.review-wanted")));
            }
            if (e.alumniInvited()) {
                row.add(new Div(section.getTranslation("engagement.me.alumni-invited", e.regionName())));
            }
            section.add(row);
        }
    }
}
