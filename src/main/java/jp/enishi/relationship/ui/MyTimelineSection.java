package jp.enishi.relationship.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.relationship.MyTimeline;
import jp.enishi.relationship.RegionTimeline;
import org.springframework.core.annotation.Order;

/** 「地域との関わり」 on /me: the person's own history with each region (never a team's notes). */
@org.springframework.stereotype.Component
@Order(6)
class MyTimelineSection implements MePageSection {

    private final MyTimeline timelines;

    MyTimelineSection(MyTimeline timelines) {
        this.timelines = timelines;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("my-timeline", box -> {
            Locale locale = MePageSection.locale();
            box.add(new H2(box.getTranslation("timeline.mine")), new Paragraph(box.getTranslation("timeline.mine.intro")));
            var mine = timelines.mine();
            if (mine.isEmpty()) {
                box.add(new Paragraph(box.getTranslation("timeline.none")));
            }
            for (RegionTimeline region : mine) {
                Div part = new Div(new H3(region.workspaceName(locale)));
                TimelineList.add(part, region.entries(), locale);
                box.add(part);
            }
        });
    }
}
