package jp.enishi.selection.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.ApplicantDetail;
import jp.enishi.selection.Interviews;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.selection.StageEvent;
import jp.enishi.workspace.ui.WorkspaceRoutes;
import org.jspecify.annotations.Nullable;

/** One applicant in full — profile, motivation, every stage change — for the project's team. Opening it is recorded. */
@Route("w/:workspace/applications/:application")
@PermitAll
public class ApplicantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Pipeline pipeline;
    private final Interviews interviews;
    private String slug = "";
    private String title = "Enishi";

    ApplicantView(Pipeline pipeline, Interviews interviews) {
        this.pipeline = pipeline;
        this.interviews = interviews;
        addClassNames("enishi-page", "enishi-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        long id = event.getRouteParameters().get("application").flatMap(AddressValues::longValue).orElse(-1L);
        ApplicantDetail detail = WorkspaceRoutes.load(event, s -> pipeline.applicant(s, id));
        if (detail != null) {
            render(detail);
        }
    }

    private void render(ApplicantDetail d) {
        removeAll();
        Locale locale = getLocale();
        title = d.row().name() + " | Enishi";
        Anchor back = new Anchor("w/" + slug + "/projects/" + d.projectId() + "/applicants",
                "← " + getTranslation("pipeline.title") + "：" + d.projectTitle());
        back.getElement().setAttribute("router-link", true);
        H1 name = new H1(d.row().name());
        name.setId("applicant-name");
        Span stage = new Span(getTranslation("stage." + d.row().stage().name()));
        stage.addClassName("enishi-status");
        stage.setId("applicant-stage");
        add(back);
        if (d.hasPhoto()) {
            photo(d.row().id());
        }
        add(name, new Div(stage, new Span(" " + d.row().roleTitle())));
        Runnable reload = () -> render(pipeline.applicant(slug, d.row().id()));
        add(new StageMove(pipeline, slug, d.row(), reload));
        if (d.canReopen()) {
            add(reopen(d, reload));
        }
        if (d.row().stage() == Stage.DECLINED) {
            add(poolAsk(d, reload));
        }
        add(new H2(getTranslation("applicant.motivation")), text(d.motivation()));
        add(new H2(getTranslation("applicant.availability")), text(d.availability()));
        add(new H2(getTranslation("applicant.profile")));
        Div profile = new Div();
        profile.addClassName("enishi-terms");
        term(profile, "field.email", d.email());
        term(profile, "field.full-name", d.fullName());
        term(profile, "field.residence", d.residence());
        var t = d.talent();
        term(profile, "talent.field.headline", t.headline());
        term(profile, "talent.field.skills", String.join("、", t.skills().stream().sorted()
                .map(s -> getTranslation("skill." + s.name())).toList()));
        term(profile, "talent.field.tags", String.join("、", t.tags()));
        term(profile, "talent.field.daysPerMonth", t.daysPerMonth() == null ? null : t.daysPerMonth().toString());
        term(profile, "talent.field.workStyle", t.workStyle() == null ? null : getTranslation("project.work-style." + t.workStyle().name()));
        term(profile, "talent.field.links", String.join(" ", t.links()));
        add(profile, text(d.bio() == null ? "" : d.bio()));
        if (t.experience() != null) {
            add(text(t.experience()));
        }
        add(new InterviewPanel(interviews, slug, d, reload));
        add(new H2(getTranslation("applicant.history")));
        Div history = new Div();
        history.setId("applicant-history");
        for (StageEvent e : d.history()) {
            String from = e.from() == null ? "" : getTranslation("stage." + e.from().name()) + " → ";
            Div line = new Div(getTranslation("applicant.event", Dates.dateTime(e.at(), locale), e.by(),
                    from + getTranslation("stage." + e.to().name()), e.reason() == null ? "" : e.reason()));
            history.add(line);
        }
        add(history);
    }

    private void photo(long applicationId) {
        Image photo = new Image(DownloadHandler.fromInputStream(event -> pipeline.applicantPhoto(slug, applicationId)
                .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), "photo", p.contentType(), p.bytes().length))
                .orElse(DownloadResponse.error(404))), "");
        photo.addClassName("enishi-photo");
        add(photo);
    }

    /** On 見送り: ask them to stay in the talent pool, or where that request stands. */
    private Div poolAsk(ApplicantDetail d, Runnable reload) {
        if (d.poolAsk() != null) {
            Span state = new Span(getTranslation("pool.ask." + d.poolAsk().name()));
            state.addClassName("enishi-status");
            state.setId("pool-state");
            return new Div(new Span(getTranslation("pool.requests") + "："), state);
        }
        Button ask = new Button(getTranslation("pool.ask"), e -> {
            try {
                pipeline.askToPool(slug, d.row().id());
                FieldErrors.success(getTranslation("pool.asked"));
            } catch (InputRejectedException rejected) {
                FieldErrors.error(getTranslation(rejected.problems().getFirst().messageKey()));
            }
            reload.run();
        });
        ask.setId("ask-to-pool");
        return new Div(ask, new Span(" " + getTranslation("pool.ask.help")));
    }

    /** For admins, on 採用 or 見送り: take the decision back, with a reason. */
    private Details reopen(ApplicantDetail d, Runnable reload) {
        TextField reason = new TextField(getTranslation("pipeline.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button reopen = new Button(getTranslation("pipeline.reopen"), e -> {
            Stage back;
            try {
                back = pipeline.reopen(slug, d.row().id(), d.row().version(), reason.getValue());
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("reason", reason));
                return;
            }
            FieldErrors.success(getTranslation("pipeline.reopened", getTranslation("stage." + back.name())));
            reload.run();
        });
        reopen.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reopen.setId("reopen");
        Details box = new Details(getTranslation("pipeline.reopen"),
                new Paragraph(getTranslation("pipeline.reopen.help")), reason, reopen);
        box.setId("reopen-decision");
        return box;
    }

    private static Paragraph text(String value) {
        Paragraph p = new Paragraph(value);
        p.addClassName("enishi-comment-body");
        return p;
    }

    private void term(Div terms, String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("enishi-term-label");
        terms.add(new Div(label, new Span(value)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
