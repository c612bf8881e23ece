package jp.enishi.selection.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.JapanTime;
import jp.enishi.selection.DayItem;
import jp.enishi.selection.InterviewSlots;
import jp.enishi.selection.SelectionPaths;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/** An interviewer's day ({@code ?day=2026-12-03}, today by default): every interview in time order, with whom. */
@Route("w/:workspace/interviews")
@PermitAll
public class InterviewDayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewSlots slots;
    private final java.time.Clock clock;
    private String title = "Enishi";

    InterviewDayView(InterviewSlots slots, java.time.Clock clock) {
        this.slots = slots;
        this.clock = clock;
        addClassNames("enishi-page", "enishi-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        LocalDate day = event.getLocation().getQueryParameters().getSingleParameter("day").flatMap(d -> {
            try {
                return java.util.Optional.of(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException notADate) {
                return java.util.Optional.empty();
            }
        }).orElse(JapanTime.today(clock));
        List<DayItem> items = WorkspaceRoutes.load(event, s -> slots.day(s, day));
        if (items != null) {
            render(slug, day, items);
        }
    }

    private void render(String slug, LocalDate day, List<DayItem> items) {
        removeAll();
        Locale locale = getLocale();
        title = getTranslation("slots.day.title", Dates.date(day, locale)) + " | Enishi";
        Anchor previous = new Anchor(SelectionPaths.day(slug, day.minusDays(1)), getTranslation("slots.day.previous"));
        previous.getElement().setAttribute("router-link", true);
        Anchor next = new Anchor(SelectionPaths.day(slug, day.plusDays(1)), getTranslation("slots.day.next"));
        next.getElement().setAttribute("router-link", true);
        next.setId("day-next");
        add(new H1(getTranslation("slots.day.title", Dates.date(day, locale))), new Div(previous, new Span("　"), next));
        Div list = new Div();
        list.setId("day-interviews");
        for (DayItem item : items) {
            Anchor who = new Anchor(SelectionPaths.applicant(slug, item.applicationId()), item.applicant());
            who.getElement().setAttribute("router-link", true);
            Span when = new Span(getTranslation("slots.day.at", Dates.time(item.startsAt(), locale), item.minutes()));
            when.addClassName("enishi-status");
            Span what = new Span(item.projectTitle() + " · " + getTranslation("interview.by", item.interviewers()));
            what.addClassName("enishi-muted");
            Div line = new Div(when, who, what);
            if (item.meetingUrl() != null) {
                Anchor join = new Anchor(item.meetingUrl(), item.meetingUrl());
                join.setTarget("_blank");
                join.getElement().setAttribute("rel", "noopener noreferrer");
                line.add(new Div(join));
            } else if (item.place() != null) {
                line.add(new Div(item.place()));
            }
            line.addClassName("enishi-project-row");
            list.add(line);
        }
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("slots.day.none")));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
