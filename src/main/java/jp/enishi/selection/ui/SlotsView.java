package jp.enishi.selection.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.InterviewSlots;
import jp.enishi.selection.SelectionPaths;
import jp.enishi.selection.SlotRow;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/** A project's interview slots: publish a run of them, see who booked which, take back a free one. */
@Route("w/:workspace/projects/:project/slots")
@PermitAll
public class SlotsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InterviewSlots slots;
    private final Div list = new Div();
    private String slug = "";
    private long projectId;

    SlotsView(InterviewSlots slots) {
        this.slots = slots;
        addClassNames("enishi-page", "enishi-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        projectId = event.getRouteParameters().get("project").flatMap(AddressValues::longValue).orElse(-1L);
        List<SlotRow> rows = WorkspaceRoutes.load(event, s -> slots.slots(s, projectId));
        if (rows != null) {
            render(rows);
        }
    }

    private void render(List<SlotRow> rows) {
        removeAll();
        Anchor back = new Anchor(SelectionPaths.pipeline(slug, projectId), "← " + getTranslation("pipeline.title"));
        back.getElement().setAttribute("router-link", true);
        Anchor today = new Anchor(SelectionPaths.day(slug, null), getTranslation("slots.day"));
        today.getElement().setAttribute("router-link", true);
        today.setId("slots-day-link");
        add(new Div(back, new Span(" · "), today), new H1(getTranslation("slots.title")),
                new Paragraph(getTranslation("slots.intro")), publishForm(), new H2(getTranslation("slots.title")), list);
        list.setId("slots");
        showSlots(rows);
    }

    private void showSlots(List<SlotRow> rows) {
        list.removeAll();
        Locale locale = getLocale();
        for (SlotRow row : rows) {
            Span when = new Span(getTranslation("interview.when", Dates.dateTime(row.startsAt(), locale), row.minutes()));
            Span who = new Span(getTranslation("interview.by", row.interviewers()));
            who.addClassName("enishi-muted");
            Div line = new Div(when, new Span(" "), who);
            line.addClassName("enishi-project-row");
            if (row.applicationId() != null) {
                Anchor booked = new Anchor(SelectionPaths.applicant(slug, row.applicationId()),
                        getTranslation("slots.booked", row.bookedBy()));
                booked.getElement().setAttribute("router-link", true);
                line.add(booked);
            } else {
                Span free = new Span(getTranslation("slots.free"));
                free.addClassName("enishi-status");
                Button remove = new Button(getTranslation("slots.remove"), e -> {
                    try {
                        slots.remove(slug, row.id());
                        FieldErrors.success(getTranslation("slots.removed"));
                    } catch (InputRejectedException rejected) {
                        FieldErrors.show(this, rejected, Map.of());
                    }
                    showSlots(slots.slots(slug, projectId));
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setId("remove-slot-" + row.id());
                line.add(free, remove);
            }
            list.add(line);
        }
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("slots.none")));
        }
    }

    private FormLayout publishForm() {
        DateTimePicker when = new DateTimePicker(getTranslation("slots.starts-at"));
        when.setStep(Duration.ofMinutes(15));
        when.setId("slots-when");
        IntegerField minutes = new IntegerField(getTranslation("slots.minutes"));
        minutes.setValue(15);
        minutes.setStepButtonsVisible(true);
        minutes.setId("slots-minutes");
        IntegerField count = new IntegerField(getTranslation("slots.count"));
        count.setValue(8);
        count.setStepButtonsVisible(true);
        count.setId("slots-count");
        TextField url = new TextField(getTranslation("slots.url"));
        url.setPlaceholder("https://");
        url.setId("slots-url");
        TextField place = new TextField(getTranslation("slots.place"));
        place.setId("slots-place");
        TextField who = new TextField(getTranslation("slots.interviewers"));
        who.setId("slots-interviewers");
        Button publish = new Button(getTranslation("slots.publish"), e -> {
            try {
                int n = slots.publish(slug, projectId, when.getValue(), value(minutes), value(count), url.getValue(),
                        place.getValue(), who.getValue());
                FieldErrors.success(getTranslation("slots.published", n));
                showSlots(slots.slots(slug, projectId));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("startsAt", when, "minutes", minutes, "count", count,
                        "meetingUrl", url, "place", place, "interviewers", who));
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("slots-publish");
        FormLayout form = new FormLayout(when, minutes, count, url, place, who, publish);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setId("slots-form");
        return form;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("slots.title") + " | Enishi";
    }
}
