package jp.enishi.selection.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.selection.Applying;
import jp.enishi.selection.MyApplication;
import jp.enishi.selection.MyPoolRequest;
import jp.enishi.selection.PoolAsk;
import jp.enishi.selection.ProfileOpening;

/** 「応募したプロジェクト」 on /me: every application with its current stage, and 辞退 while undecided. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(3)
class MyApplicationsSection implements MePageSection {

    private final Applying applying;

    MyApplicationsSection(Applying applying) {
        this.applying = applying;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("my-applications", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        List<MyApplication> mine = applying.mine(locale);
        section.add(new H2(section.getTranslation("apply.mine", mine.size())));
        if (mine.isEmpty()) {
            Anchor board = new Anchor("projects", section.getTranslation("apply.none"));
            section.add(board);
        }
        for (MyApplication a : mine) {
            Span stage = new Span(section.getTranslation("stage." + a.stage().name()));
            stage.addClassName("enishi-status");
            Anchor project = new Anchor(a.projectPath(), a.projectTitle());
            Span meta = new Span(section.getTranslation("apply.row", a.workspaceName(), a.roleTitle(),
                    Dates.date(a.appliedAt(), locale)));
            meta.addClassName("enishi-muted");
            Div row = new Div(stage, project, meta);
            row.addClassName("enishi-project-row");
            for (var interview : a.interviews()) {
                Div invited = new Div(new Span(section.getTranslation("apply.interview",
                        Dates.dateTime(interview.startsAt(), locale), interview.minutes())));
                invited.addClassName("enishi-my-interview");
                if (interview.meetingUrl() != null) {
                    Anchor join = new Anchor(interview.meetingUrl(), section.getTranslation("apply.interview.join"));
                    join.setTarget("_blank");
                    join.getElement().setAttribute("rel", "noopener noreferrer");
                    invited.add(new Span(" "), join);
                }
                row.add(invited);
            }
            if (a.canWithdraw()) {
                Button withdraw = new Button(section.getTranslation("apply.withdraw"), e -> confirmWithdraw(section, a));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                withdraw.setId("withdraw-" + a.id());
                row.add(withdraw);
            }
            section.add(row);
        }
        List<MyPoolRequest> requests = applying.poolRequests(locale);
        if (!requests.isEmpty()) {
            Div pool = new Div(new H2(section.getTranslation("pool.requests")));
            pool.setId("pool-requests");
            for (MyPoolRequest r : requests) {
                Div row = new Div(new Span(section.getTranslation("pool.request.row", r.workspaceName(), r.projectTitle(),
                        Dates.date(r.askedAt(), locale))));
                row.addClassName("enishi-project-row");
                if (r.state() == PoolAsk.ASKED) {
                    row.add(new Span(section.getTranslation("pool.request.explain", r.workspaceName())));
                    Button yes = new Button(section.getTranslation("pool.answer.yes"), e -> answer(section, r.id(), true));
                    yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    yes.setId("pool-yes-" + r.id());
                    Button no = new Button(section.getTranslation("pool.answer.no"), e -> answer(section, r.id(), false));
                    no.setId("pool-no-" + r.id());
                    row.add(yes, no);
                } else {
                    Span answered = new Span(section.getTranslation("pool.ask." + r.state().name()));
                    answered.addClassName("enishi-status");
                    row.add(answered);
                }
                pool.add(row);
            }
            section.add(pool);
        }
        openings(section, locale);
    }

    /** 辞退 cannot be undone by the professional: it asks first. */
    private void confirmWithdraw(Div section, MyApplication a) {
        ConfirmDialog confirm = new ConfirmDialog(section.getTranslation("apply.withdraw.title"),
                section.getTranslation("apply.withdraw.text", a.projectTitle(), a.roleTitle()),
                section.getTranslation("apply.withdraw.confirm"), e -> {
                    try {
                        applying.withdraw(a.id());
                        FieldErrors.success(section.getTranslation("apply.withdrawn"));
                    } catch (InputRejectedException rejected) {
                        FieldErrors.error(section.getTranslation(rejected.problems().getFirst().messageKey()));
                    }
                    render(section);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(section.getTranslation("apply.withdraw.keep"));
        confirm.setId("confirm-withdraw-" + a.id());
        confirm.open();
    }

    private void openings(Div section, Locale locale) {
        List<ProfileOpening> opened = applying.openingsOfMe(locale);
        if (opened.isEmpty()) {
            return;
        }
        Details log = new Details(section.getTranslation("openings.title",
                opened.stream().mapToInt(ProfileOpening::count).sum()));
        log.setId("profile-openings");
        log.add(new Paragraph(section.getTranslation("openings.intro")));
        opened.forEach(o -> log.add(new Div(section.getTranslation("openings.row", Dates.date(o.at(), locale),
                o.workspaceName(), o.viewer(), o.projectTitle(), o.count(), Dates.time(o.at(), locale)))));
        section.add(log);
    }

    private void answer(Div section, long requestId, boolean yes) {
        try {
            applying.answerPoolRequest(requestId, yes);
            FieldErrors.success(section.getTranslation(yes ? "pool.answered.yes" : "pool.answered.no"));
        } catch (InputRejectedException rejected) {
            FieldErrors.error(section.getTranslation(rejected.problems().getFirst().messageKey()));
        }
        section.getUI().ifPresent(ui -> ui.getPage().reload());
    }
}
