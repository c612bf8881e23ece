package jp.enishi.relationship.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import jp.enishi.base.Dates;
import jp.enishi.relationship.TimelineEntry;

/** A timeline as a list: date and fiscal year (令和/FY), what happened, about which project. */
final class TimelineList {

    private TimelineList() {
    }

    static void add(Div box, List<TimelineEntry> entries, Locale locale) {
        if (entries.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("timeline.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("enishi-timeline");
        for (TimelineEntry e : entries) {
            Span when = new Span(Dates.date(e.at(), locale) + "（" + e.fiscalYear().label(locale) + "）");
            when.addClassName("enishi-muted");
            StringBuilder what = new StringBuilder(box.getTranslation("relationship.kind." + e.kind().name()));
            if (e.detail() != null && e.kind() == jp.enishi.relationship.RelationshipKind.STAGE_CHANGED) {
                what.append("：").append(box.getTranslation("stage." + e.detail()));
            } else if (e.detail() != null && e.kind() == jp.enishi.relationship.RelationshipKind.NOMINATION_ANSWERED) {
                what.append("：").append(box.getTranslation("nomination.status." + e.detail()));
            } else if (e.detail() != null && e.kind() == jp.enishi.relationship.RelationshipKind.ENGAGEMENT_CLOSED) {
                what.append("：").append(box.getTranslation("engagement.outcome." + e.detail()));
            } else if (e.detail() != null && e.kind() == jp.enishi.relationship.RelationshipKind.ENGAGEMENT_REVIEWED) {
                what.append("：").append(box.getTranslation("relationship.review." + e.detail()));
            }
            if (e.projectTitle() != null) {
                what.append("　").append(e.projectTitle());
            }
            list.add(new ListItem(when, new Span("　" + what)));
        }
        box.add(list);
    }
}
