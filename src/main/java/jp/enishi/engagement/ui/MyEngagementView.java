package jp.enishi.engagement.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.base.ui.AddressValues;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.engagement.ClaimDraft;
import jp.enishi.engagement.EngagementDetail;
import jp.enishi.engagement.EngagementStatus;
import jp.enishi.engagement.Engagements;
import jp.enishi.engagement.MyEngagements;
import jp.enishi.engagement.Side;

/**
 * The professional's engagement: the agreed terms and goal, what is due, their check-ins (and the team's they may
 * read), travel claims with the budget left, and after the closing their review and the invitation to stay on.
 * Phones first: one column.
 */
@Route("me/engagements/:engagement")
@PermitAll
public class MyEngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MyEngagements engagements;
    private long id;
    private String title = "";

    MyEngagementView(MyEngagements engagements) {
        this.engagements = engagements;
        addClassName("enishi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("engagement").flatMap(AddressValues::longValue).orElse(-1L);
        try {
            render(engagements.open(id, getLocale()));
        } catch (NoSuchRecordException notMine) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        render(engagements.open(id, getLocale()));
    }

    private void render(EngagementDetail d) {
        removeAll();
        Locale locale = getLocale();
        title = d.workspaceName() + " — " + d.projectTitle();
        Div state = new Div(EngagementParts.badge(this, "engagement.status." + d.status().name(), "enishi-status-draft"));
        if (d.nextCheckInOn() != null && d.status() == EngagementStatus.ACTIVE) {
            Span next = new Span(getTranslation("engagement.next-check-in", Dates.date(d.nextCheckInOn(), locale)));
            if (d.checkInOverdue()) {
                next.addClassNames("enishi-status", "enishi-overdue");
            }
            state.add(new Span("　"), next);
        }
        add(new Anchor("me", getTranslation("nav.me")), new H2(d.workspaceName() + "　" + d.projectTitle() + "／" + d.roleTitle()),
                state);
        if (d.status() == EngagementStatus.DRAFT) {
            add(new Paragraph(getTranslation("engagement.me.draft")));
            return;
        }
        add(new H3(getTranslation("engagement.section.terms")), EngagementParts.terms(this, d, locale));

        add(new H3(getTranslation("engagement.section.check-ins")));
        if (!d.ended()) {
            var fields = EngagementParts.CheckInFields.create(this, false);
            Button write = new Button(getTranslation("engagement.check-in.write"), e -> act(fields.byField(), () ->
                    engagements.checkIn(id, fields.draft()), "engagement.check-in.written"));
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            write.setId("check-in-write");
            add(new Span(getTranslation("engagement.me.check-in.help")), fields.layout(), write);
        }
        add(EngagementParts.checkIns(this, d.checkIns(), Side.PROFESSIONAL, locale,
                d.ended() ? null : line -> correct(line.id())));

        if (!d.visits().isEmpty()) {
            add(new H3(getTranslation("engagement.section.visits")), EngagementParts.visits(this, d.visits(), locale, null));
        }
        if (d.remainingYen() != null) {
            add(new H3(getTranslation("engagement.section.travel")));
            if (d.status() != EngagementStatus.CANCELLED) {
                add(claimForm());
            }
            add(EngagementParts.claims(this, d.claims(), d.remainingYen(), locale, null));
        }
        if (d.status() == EngagementStatus.CLOSED) {
            add(new H3(getTranslation("engagement.section.closing")));
            if (d.review(Side.PROFESSIONAL) == null) {
                add(reviewForm(d));
            }
            add(EngagementParts.reviews(this, d, locale));
            Button stay = new Button(getTranslation("engagement.me.stay", d.workspaceName()), e -> {
                try {
                    engagements.stayAsAlumni(id);
                    FieldErrors.success(getTranslation("engagement.me.stayed", d.workspaceName()));
                    e.getSource().setEnabled(false);
                } catch (InputRejectedException rejected) {
                    FieldErrors.error(rejected.problems().isEmpty() ? "" : getTranslation(rejected.problems().getFirst().messageKey(),
                            rejected.problems().getFirst().args().toArray()));
                }
            });
            stay.setId("stay-alumni");
            stay.setEnabled(!engagements.inRegionPool(id));
            add(new Paragraph(getTranslation("engagement.me.alumni", d.workspaceName())), stay);
        }
    }

    private void act(Map<String, ? extends HasValidation> fields, Runnable action, String doneKey) {
        EngagementParts.act(this, fields, action, doneKey, this::reload);
    }

    private void correct(long checkInId) {
        new CorrectionDialog(false, draft -> engagements.correct(checkInId, draft), this::reload).open();
    }

    private Div claimForm() {
        DatePicker trip = new DatePicker(getTranslation("engagement.claim.trip-on"));
        trip.setId("claim-trip");
        TextField route = new TextField(getTranslation("engagement.claim.route"));
        route.setPlaceholder(getTranslation("engagement.claim.route.placeholder"));
        route.setMaxLength(ClaimDraft.ROUTE_MAX);
        route.setId("claim-route");
        IntegerField amount = new IntegerField(getTranslation("engagement.claim.amount"));
        amount.setSuffixComponent(new Span("円"));
        amount.setId("claim-amount");
        TextField receipt = new TextField(getTranslation("engagement.claim.receipt"));
        receipt.setMaxLength(ClaimDraft.RECEIPT_MAX);
        receipt.setId("claim-receipt");
        Map<String, HasValidation> fields = Map.of("tripOn", trip, "route", route, "amountYen", amount,
                "receiptNote", receipt);
        Button submit = new Button(getTranslation("engagement.claim.submit"), e -> act(fields, () -> engagements.claim(id,
                new ClaimDraft(trip.getValue(), route.getValue(), amount.getValue(), receipt.getValue())),
                "engagement.claim.submitted"));
        submit.setId("claim-submit");
        Div form = new Div(trip, route, amount, receipt, submit);
        form.addClassName("enishi-inline-form");
        return form;
    }

    private Div reviewForm(EngagementDetail d) {
        TextArea achieved = new TextArea(getTranslation("engagement.review.achieved"));
        achieved.setHelperText(getTranslation("engagement.review.achieved.help", d.terms().goal()));
        achieved.setMaxLength(Engagements.REVIEW_MAX);
        achieved.setWidthFull();
        achieved.setId("review-achieved");
        Checkbox again = new Checkbox(getTranslation("engagement.review.again"));
        again.setId("review-again");
        Button send = new Button(getTranslation("engagement.review.send"), e -> act(Map.of("achieved", achieved),
                () -> engagements.review(id, achieved.getValue(), again.getValue()), "engagement.review.sent"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("review-send");
        Div form = new Div(new Paragraph(getTranslation("engagement.me.review-help")), achieved, again, send);
        form.setWidthFull();
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " | Enishi";
    }
}
