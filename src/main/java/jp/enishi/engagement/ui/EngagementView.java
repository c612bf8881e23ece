package jp.enishi.engagement.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import jp.enishi.engagement.CheckIns;
import jp.enishi.engagement.ClaimLine;
import jp.enishi.engagement.EngagementDetail;
import jp.enishi.engagement.EngagementPaths;
import jp.enishi.engagement.EngagementStatus;
import jp.enishi.engagement.Engagements;
import jp.enishi.engagement.Outcome;
import jp.enishi.engagement.Side;
import jp.enishi.engagement.TravelClaims;
import jp.enishi.engagement.VisitLine;
import jp.enishi.engagement.Visits;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceService;
import jp.enishi.workspace.ui.WorkspaceHeader;
import jp.enishi.workspace.ui.WorkspaceRoutes;

/**
 * One engagement as its team follows it: the terms (a form while they are to be confirmed), check-ins from both
 * sides with the team's own, visits, travel claims and the budget left, an extension, and the closing with the
 * region's review.
 */
@Route("w/:workspace/engagements/:engagement")
@PermitAll
public class EngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Engagements engagements;
    private final CheckIns checkIns;
    private final Visits visits;
    private final TravelClaims claims;
    private final WorkspaceService workspaceService;
    private final WorkspaceAccess access;
    private final WorkspaceDirectory directory;
    private final WorkspaceHeader header;
    private String slug = "";
    private long id;
    private String title = "";

    EngagementView(Engagements engagements, CheckIns checkIns, Visits visits, TravelClaims claims,
                   WorkspaceService workspaceService, WorkspaceAccess access, WorkspaceDirectory directory,
                   WorkspaceHeader header) {
        this.engagements = engagements;
        this.checkIns = checkIns;
        this.visits = visits;
        this.claims = claims;
        this.workspaceService = workspaceService;
        this.access = access;
        this.directory = directory;
        this.header = header;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(WorkspaceRoutes.PARAMETER).orElse("");
        id = event.getRouteParameters().get("engagement").flatMap(AddressValues::longValue).orElse(-1L);
        EngagementDetail d = WorkspaceRoutes.load(event, s -> engagements.open(s, id, getLocale()));
        if (d != null) {
            render(d);
        }
    }

    private void reload() {
        render(engagements.open(slug, id, getLocale()));
    }

    private void render(EngagementDetail d) {
        removeAll();
        Locale locale = getLocale();
        boolean manage = may(Permission.ENGAGEMENT_MANAGE);
        title = d.personName() + " — " + d.projectTitle();
        directory.bySlug(slug).ifPresent(w -> add(header.of(w)));
        Div state = new Div(EngagementParts.badge(this, "engagement.status." + d.status().name(), "enishi-status-draft"));
        if (d.health() != null) {
            state.add(new Span(" "), EngagementParts.health(this, d.health()));
        }
        if (d.nextCheckInOn() != null) {
            state.add(new Span("　" + getTranslation("engagement.next-check-in", Dates.date(d.nextCheckInOn(), locale))));
        }
        if (d.nextVisitOn() != null) {
            state.add(new Span("　" + getTranslation("engagement.next-visit", Dates.date(d.nextVisitOn(), locale))));
        }
        state.setId("engagement-state");
        add(new Anchor(EngagementPaths.overview(slug), getTranslation("engagement.back")),
                new H2(d.personName() + "　" + d.projectTitle() + "／" + d.roleTitle()), state);

        add(new H3(getTranslation("engagement.section.terms")));
        if (d.status() == EngagementStatus.DRAFT && manage) {
            add(new Span(getTranslation("engagement.confirm.help")));
            TermsForm form = new TermsForm(d.terms(), workspaceService.home(slug).members());
            Button confirm = new Button(getTranslation("engagement.confirm"), e -> act(form.fields(),
                    () -> engagements.confirm(slug, id, d.version(), form.terms()), "engagement.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("terms-confirm");
            add(form, confirm);
            return;
        }
        add(EngagementParts.terms(this, d, locale));
        if (d.status() == EngagementStatus.ACTIVE && manage) {
            Button edit = new Button(getTranslation("engagement.edit-terms"), e -> editTerms(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setId("terms-edit");
            add(edit);
        }
        if (d.status() == EngagementStatus.DRAFT) {
            return;
        }

        add(new H3(getTranslation("engagement.section.check-ins")));
        if (!d.ended()) {
            var fields = EngagementParts.CheckInFields.create(this, true);
            Button write = new Button(getTranslation("engagement.check-in.write"), e -> act(fields.byField(),
                    () -> checkIns.write(slug, id, fields.draft()), "engagement.check-in.written"));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            write.setId("check-in-write");
            add(fields.layout(), write);
        }
        add(EngagementParts.checkIns(this, d.checkIns(), Side.TEAM, locale,
                d.ended() ? null : line -> correct(line.id())));

        add(new H3(getTranslation("engagement.section.visits")));
        if (!d.ended()) {
            add(planVisit());
        }
        add(EngagementParts.visits(this, d.visits(), locale, this::recordVisit));

        add(new H3(getTranslation("engagement.section.travel")));
        if (d.remainingYen() == null && d.claims().isEmpty()) {
            add(new Span(getTranslation("engagement.travel.no-support")));
        } else {
            add(EngagementParts.claims(this, d.claims(), d.remainingYen(), locale,
                    may(Permission.TRAVEL_APPROVE) ? this::decide : null));
        }

        if (!d.extensions().isEmpty() || (d.status() == EngagementStatus.ACTIVE && manage)) {
            add(new H3(getTranslation("engagement.section.extension")));
            for (var x : d.extensions()) {
                add(new Div(getTranslation("engagement.extended", Dates.date(x.from(), locale), Dates.date(x.to(), locale),
                        x.reason())));
            }
            if (d.status() == EngagementStatus.ACTIVE && manage) {
                Details extension = new Details(getTranslation("engagement.extend.open"), extend(d));
                extension.setId("extension");
                add(extension);
            }
        }

        add(new H3(getTranslation("engagement.section.closing")));
        if (d.status() == EngagementStatus.ACTIVE && manage) {
            // Folded until the end comes near; open once the end has passed, when closing is what is due.
            Details closing = new Details(getTranslation("engagement.close.open"), closing(d));
            closing.setOpened(d.ended());
            closing.setId("closing");
            add(closing);
        }
        add(EngagementParts.reviews(this, d, locale));
    }

    private boolean may(Permission permission) {
        return access.find(slug).map(a -> a.may(permission)).orElse(false);
    }

    private void act(Map<String, ? extends HasValidation> fields, Runnable action, String doneKey) {
        EngagementParts.act(this, fields, action, doneKey, this::reload);
    }

    private void editTerms(EngagementDetail d) {
        Dialog dialog = new Dialog(getTranslation("engagement.edit-terms"));
        TermsForm form = new TermsForm(d.terms(), workspaceService.home(slug).members());
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.clear(form.fields());
            try {
                engagements.confirm(slug, id, d.version(), form.terms());
                dialog.close();
                reload();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, form.fields());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("terms-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(56rem, 96vw)");
        dialog.open();
    }

    private void correct(long checkInId) {
        new CorrectionDialog(true, draft -> checkIns.correct(slug, checkInId, draft), this::reload).open();
    }

    private Div planVisit() {
        DatePicker date = new DatePicker(getTranslation("engagement.visit.date"));
        TextField who = new TextField(getTranslation("engagement.visit.visitors"));
        TextField place = new TextField(getTranslation("engagement.visit.place"));
        who.setMaxLength(Visits.LINE_MAX);
        place.setMaxLength(Visits.LINE_MAX);
        date.setId("visit-date");
        who.setId("visit-visitors");
        place.setId("visit-place");
        Map<String, HasValidation> fields = Map.of("date", date, "visitors", who, "place", place);
        Button plan = new Button(getTranslation("engagement.visit.plan"), e -> act(fields,
                () -> visits.plan(slug, id, date.getValue(), who.getValue(), place.getValue()), "engagement.visit.planned-saved"));
        plan.setId("visit-plan");
        Div form = new Div(date, who, place, plan);
        form.addClassName("enishi-inline-form");
        return form;
    }

    private void recordVisit(VisitLine v) {
        Dialog dialog = new Dialog(getTranslation("engagement.visit.record"));
        DatePicker date = new DatePicker(getTranslation("engagement.visit.done-on"));
        date.setValue(v.plannedOn().isAfter(java.time.LocalDate.now(jp.enishi.base.JapanTime.ZONE)) ? null : v.plannedOn());
        TextArea seen = new TextArea(getTranslation("engagement.visit.seen"));
        seen.setMaxLength(Visits.SEEN_MAX);
        seen.setWidthFull();
        seen.setId("visit-seen");
        Map<String, HasValidation> fields = Map.of("date", date, "seen", seen);
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.clear(fields);
            try {
                visits.done(slug, v.id(), date.getValue(), seen.getValue());
                dialog.close();
                reload();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("visit-save");
        dialog.add(new Div(date), seen);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(40rem, 96vw)");
        dialog.open();
    }

    private void decide(ClaimLine claim) {
        Dialog dialog = new Dialog(getTranslation("engagement.claim.decide"));
        TextField note = new TextField(getTranslation("engagement.claim.decision-note"));
        note.setMaxLength(TravelClaims.NOTE_MAX);
        note.setWidthFull();
        note.setId("claim-note");
        Map<String, HasValidation> fields = Map.of("note", note, "claim", note);
        Button approve = new Button(getTranslation("engagement.claim.approve"), e -> decided(dialog, fields,
                () -> claims.decide(slug, claim.id(), true, note.getValue())));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("claim-approve");
        Button reject = new Button(getTranslation("engagement.claim.reject"), e -> decided(dialog, fields,
                () -> claims.decide(slug, claim.id(), false, note.getValue())));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("claim-reject");
        dialog.add(new Div(Dates.date(claim.tripOn(), getLocale()) + "　" + claim.route() + "　"
                + EngagementParts.yen(claim.amountYen(), getLocale())), note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), reject, approve);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.open();
    }

    private void decided(Dialog dialog, Map<String, HasValidation> fields, Runnable action) {
        FieldErrors.clear(fields);
        try {
            action.run();
            dialog.close();
            reload();
        } catch (InputRejectedException rejected) {
            FieldErrors.show(this, rejected, fields);
        }
    }

    private Div extend(EngagementDetail d) {
        DatePicker until = new DatePicker(getTranslation("engagement.extend.until"));
        until.setMin(d.terms().endsOn().plusDays(1));
        until.setId("extend-until");
        TextField reason = new TextField(getTranslation("engagement.extend.reason"));
        reason.setMaxLength(Engagements.REASON_MAX);
        reason.setId("extend-reason");
        Map<String, HasValidation> fields = Map.of("endsOn", until, "reason", reason, "engagement", reason);
        Button extend = new Button(getTranslation("engagement.extend"), e -> act(fields,
                () -> engagements.extend(slug, id, d.version(), until.getValue(), reason.getValue()), "engagement.extended-saved"));
        extend.setId("extend");
        Div form = new Div(until, reason, extend);
        form.addClassName("enishi-inline-form");
        return form;
    }

    private Div closing(EngagementDetail d) {
        Select<Outcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("engagement.close.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("engagement.outcome." + o.name()));
        outcome.setId("close-outcome");
        TextField reason = new TextField(getTranslation("engagement.close.reason"));
        reason.setMaxLength(Engagements.REASON_MAX);
        reason.setId("close-reason");
        TextArea achieved = new TextArea(getTranslation("engagement.review.achieved"));
        achieved.setHelperText(getTranslation("engagement.review.achieved.help", d.terms().goal()));
        achieved.setMaxLength(Engagements.REVIEW_MAX);
        achieved.setWidthFull();
        achieved.setId("close-achieved");
        Checkbox again = new Checkbox(getTranslation("engagement.review.again"));
        again.setId("close-again");
        Map<String, HasValidation> fields = Map.of("outcome", outcome, "reason", reason, "achieved", achieved,
                "engagement", achieved);
        Button close = new Button(getTranslation("engagement.close"), e -> act(fields,
                () -> engagements.close(slug, id, d.version(), outcome.getValue(), reason.getValue(), achieved.getValue(),
                        again.getValue()), "engagement.closed"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("close");
        Div form = new Div(new Div(outcome, reason), achieved, new Div(again), close);
        form.setWidthFull();
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("engagement.title") + " | Enishi";
    }
}
