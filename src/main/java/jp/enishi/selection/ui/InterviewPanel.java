package jp.enishi.selection.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.ApplicantDetail;
import jp.enishi.selection.InterviewItem;
import jp.enishi.selection.Interviews;
import jp.enishi.selection.Stage;

/** An applicant's interviews: schedule one (the applicant is invited), then the team's notes and rating. */
class InterviewPanel extends Div {

    InterviewPanel(Interviews interviews, String workspaceSlug, ApplicantDetail detail, Runnable changed) {
        setId("interviews");
        addClassName("enishi-interviews");
        Locale locale = getLocale();
        Stage stage = detail.row().stage();
        boolean canSchedule = !stage.isFinal() && stage != Stage.INTERVIEWED;
        setVisible(canSchedule || !detail.interviews().isEmpty());
        add(new H2(getTranslation("interview.title")));
        for (InterviewItem item : detail.interviews()) {
            add(interview(interviews, workspaceSlug, item, locale, changed));
        }
        if (canSchedule) {
            add(scheduleForm(interviews, workspaceSlug, detail, changed));
        }
    }

    private Div interview(Interviews interviews, String workspaceSlug, InterviewItem item, Locale locale, Runnable changed) {
        Div box = new Div();
        box.addClassName("enishi-interview");
        box.add(new Div(new Span(getTranslation("interview.when", Dates.dateTime(item.startsAt(), locale), item.minutes())),
                new Span("　" + getTranslation("interview.by", item.interviewers()))));
        if (item.meetingUrl() != null) {
            Anchor link = new Anchor(item.meetingUrl(), item.meetingUrl());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            box.add(new Div(link));
        }
        TextArea note = new TextArea(getTranslation("interview.note"));
        note.setValue(item.note() == null ? "" : item.note());
        note.setMaxLength(4000);
        note.setWidthFull();
        note.setId("note-" + item.id());
        Select<Integer> rating = new Select<>();
        rating.setLabel(getTranslation("interview.rating"));
        rating.setItems(List.of(5, 4, 3, 2, 1));
        rating.setItemLabelGenerator(r -> r == null ? getTranslation("interview.rating.none") : "★".repeat(r) + "☆".repeat(5 - r));
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("interview.rating.none"));
        rating.setValue(item.rating());
        rating.setId("rating-" + item.id());
        Button save = new Button(getTranslation("interview.record"), e -> {
            try {
                interviews.record(workspaceSlug, item.id(), item.version(), note.getValue(), rating.getValue());
                FieldErrors.success(getTranslation("interview.recorded"));
                changed.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("note", note, "rating", rating));
            }
        });
        save.setId("record-" + item.id());
        box.add(note, new Div(rating, save));
        return box;
    }

    private Div scheduleForm(Interviews interviews, String workspaceSlug, ApplicantDetail detail, Runnable changed) {
        long applicationId = detail.row().id();
        DateTimePicker when = new DateTimePicker(getTranslation("interview.starts-at"));
        when.setStep(Duration.ofMinutes(15));
        when.setId("interview-when");
        IntegerField minutes = new IntegerField(getTranslation("interview.minutes"));
        minutes.setValue(30);
        minutes.setMin(10);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        minutes.setId("interview-minutes");
        TextField url = new TextField(getTranslation("interview.url"));
        url.setPlaceholder("https://");
        url.setHelperText(getTranslation("interview.url.help"));
        url.setId("interview-url");
        url.setWidthFull();
        TextField who = new TextField(getTranslation("interview.interviewers"));
        who.setId("interview-interviewers");
        who.setWidthFull();
        Button schedule = new Button(getTranslation("interview.schedule"), e -> {
            try {
                LocalDateTime at = when.getValue();
                interviews.schedule(workspaceSlug, applicationId, at, minutes.getValue() == null ? 0 : minutes.getValue(),
                        url.getValue(), who.getValue());
                FieldErrors.success(getTranslation("interview.scheduled"));
                changed.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("startsAt", when, "minutes", minutes, "meetingUrl", url,
                        "interviewers", who));
            }
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("interview-schedule");
        Div form = new Div(new H3(getTranslation(detail.interviews().isEmpty() ? "interview.new" : "interview.another")),
                when, minutes, url, who, schedule);
        form.addClassName("enishi-interview-form");
        return form;
    }
}
