package jp.enishi.engagement.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import jp.enishi.base.Dates;
import jp.enishi.engagement.CheckInDraft;
import jp.enishi.engagement.CheckInLine;
import jp.enishi.engagement.CheckInStatus;
import jp.enishi.engagement.ClaimLine;
import jp.enishi.engagement.EngagementDetail;
import jp.enishi.engagement.ReviewLine;
import jp.enishi.engagement.Side;
import jp.enishi.engagement.Terms;
import jp.enishi.engagement.VisitLine;
import org.jspecify.annotations.Nullable;

/** What the team's and the professional's engagement pages both show: terms, check-ins, visits, claims, reviews. */
final class EngagementParts {

    private EngagementParts() {
    }

    /** Runs a form's action: done, says so and draws the page again; refused, shows why at the fields. */
    static void act(Component view, java.util.Map<String, ? extends com.vaadin.flow.component.HasValidation> fields,
                    Runnable action, String doneKey, Runnable reload) {
        jp.enishi.base.ui.FieldErrors.clear(fields);
        try {
            action.run();
            jp.enishi.base.ui.FieldErrors.success(view.getTranslation(doneKey));
            reload.run();
        } catch (jp.enishi.base.InputRejectedException rejected) {
            jp.enishi.base.ui.FieldErrors.show(view, rejected, fields);
        }
    }

    static Span badge(Component c, String key, String style) {
        Span badge = new Span(c.getTranslation(key));
        badge.addClassNames("enishi-status", style);
        return badge;
    }

    static @Nullable Span health(Component c, @Nullable CheckInStatus health) {
        return health == null ? null : badge(c, "engagement.health." + health.name(), "enishi-health-" + health.name());
    }

    static String yen(long amount, Locale locale) {
        return String.format(locale, "¥%,d", amount);
    }

    static Div terms(Component c, EngagementDetail d, Locale locale) {
        Terms t = d.terms();
        Div terms = new Div();
        terms.addClassName("enishi-terms");
        terms.setId("engagement-terms");
        row(terms, c.getTranslation("engagement.field.contract"), c.getTranslation("engagement.contract." + t.contract().name()));
        row(terms, c.getTranslation("engagement.field.period"), Dates.date(t.startsOn(), locale) + " 〜 " + Dates.date(t.endsOn(), locale));
        row(terms, c.getTranslation("engagement.field.pay"), c.getTranslation("engagement.pay", yen(t.yenPerMonth(), locale), t.daysPerMonth()));
        row(terms, c.getTranslation("engagement.field.work-style"), c.getTranslation("project.work-style." + t.workStyle().name()));
        row(terms, c.getTranslation("engagement.field.coordinator"), d.coordinatorName() == null ? "—" : d.coordinatorName());
        row(terms, c.getTranslation("engagement.field.theme-owner"), d.themeOwnerName() == null ? "—" : d.themeOwnerName());
        row(terms, c.getTranslation("engagement.field.goal"), t.goal());
        row(terms, c.getTranslation("engagement.field.channel"), t.channel());
        row(terms, c.getTranslation("engagement.field.cadence"), c.getTranslation("engagement.cadence", t.checkInDays())
                + (t.visitDays() == null ? "" : "、" + c.getTranslation("engagement.visit-cadence", t.visitDays())));
        row(terms, c.getTranslation("engagement.field.travel"), t.travelBudgetYen() == null || t.travelBudgetYen() == 0
                ? c.getTranslation("engagement.travel.none")
                : yen(t.travelBudgetYen(), locale) + "（" + c.getTranslation("engagement.budget." + t.travelBudgetPer().name()) + "）");
        return terms;
    }

    private static void row(Div terms, String label, String value) {
        Span l = new Span(label);
        l.addClassName("enishi-term-label");
        terms.add(new Div(l, new Span(value)));
    }

    /**
     * The check-ins, newest first; {@code correct} is offered on those of {@code ownSide} not yet corrected (null:
     * none, once the engagement has ended).
     */
    static Div checkIns(Component c, List<CheckInLine> lines, Side ownSide, Locale locale,
                        @Nullable Consumer<CheckInLine> correct) {
        Div log = new Div();
        log.setId("check-ins");
        for (CheckInLine line : lines) {
            Div entry = new Div();
            entry.addClassNames("enishi-check-in", "enishi-side-" + line.side().name());
            Span who = new Span(line.authorName() + "（" + c.getTranslation("engagement.side." + line.side().name()) + "）　"
                    + Dates.dateTime(line.writtenAt(), locale) + "　");
            who.addClassName("enishi-muted");
            Div head = new Div(who, health(c, line.status()));
            if (line.teamOnly()) {
                head.add(badge(c, "engagement.team-only", "enishi-status-draft"));
            }
            if (line.correctsId() != null) {
                head.add(badge(c, "engagement.correction", "enishi-status-draft"));
            }
            Div notes = new Div(line.notes());
            entry.add(head, notes);
            if (line.nextSteps() != null) {
                entry.add(new Div(c.getTranslation("engagement.next-steps", line.nextSteps())));
            }
            if (line.correctedById() != null) {
                notes.addClassName("enishi-corrected");
                entry.add(new Div(c.getTranslation("engagement.corrected-below")));
            } else if (line.side() == ownSide && correct != null) {
                Button fix = new Button(c.getTranslation("engagement.correct"), e -> correct.accept(line));
                fix.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                fix.setId("correct-" + line.id());
                entry.add(fix);
            }
            log.add(entry);
        }
        if (lines.isEmpty()) {
            log.add(new Span(c.getTranslation("engagement.no-check-ins")));
        }
        return log;
    }

    /** A check-in form's fields, and how to read them. */
    record CheckInFields(RadioButtonGroup<CheckInStatus> status, TextArea notes, TextArea nextSteps,
                         @Nullable Checkbox teamOnly) {

        static CheckInFields create(Component c, boolean team) {
            RadioButtonGroup<CheckInStatus> status = new RadioButtonGroup<>(c.getTranslation("engagement.field.status"));
            status.setItems(CheckInStatus.values());
            status.setItemLabelGenerator(s -> c.getTranslation("engagement.health." + s.name()));
            status.setId("check-in-status");
            TextArea notes = new TextArea(c.getTranslation("engagement.field.notes"));
            notes.setMaxLength(CheckInDraft.NOTES_MAX);
            notes.setWidthFull();
            notes.setId("check-in-notes");
            TextArea next = new TextArea(c.getTranslation("engagement.field.next-steps"));
            next.setMaxLength(CheckInDraft.NEXT_STEPS_MAX);
            next.setWidthFull();
            next.setId("check-in-next");
            Checkbox teamOnly = team ? new Checkbox(c.getTranslation("engagement.field.team-only")) : null;
            if (teamOnly != null) {
                teamOnly.setId("check-in-team-only");
            }
            return new CheckInFields(status, notes, next, teamOnly);
        }

        CheckInDraft draft() {
            return new CheckInDraft(status.getValue(), notes.getValue(), nextSteps.getValue(),
                    teamOnly != null && teamOnly.getValue());
        }

        java.util.Map<String, com.vaadin.flow.component.HasValidation> byField() {
            return java.util.Map.of("status", status, "notes", notes, "nextSteps", nextSteps, "engagement", notes,
                    "checkIn", notes);
        }

        Div layout() {
            Div form = new Div(status, notes, nextSteps);
            if (teamOnly != null) {
                form.add(teamOnly);
            }
            form.setWidthFull();
            return form;
        }
    }

    static Div visits(Component c, List<VisitLine> visits, Locale locale, @Nullable Consumer<VisitLine> record) {
        Div list = new Div();
        list.setId("visits");
        for (VisitLine v : visits) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            row.add(new Div(new Span(Dates.date(v.doneOn() != null ? v.doneOn() : v.plannedOn(), locale) + "　" + v.place()),
                    badge(c, v.doneOn() == null ? "engagement.visit.planned" : "engagement.visit.done",
                            v.doneOn() == null ? "enishi-status-draft" : "enishi-health-ON_TRACK")));
            row.add(new Div(c.getTranslation("engagement.visit.who", v.visitors())));
            if (v.seen() != null) {
                row.add(new Div(v.seen()));
            } else if (record != null) {
                Button done = new Button(c.getTranslation("engagement.visit.record"), e -> record.accept(v));
                done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                done.setId("visit-done-" + v.id());
                row.add(done);
            }
            list.add(row);
        }
        if (visits.isEmpty()) {
            list.add(new Span(c.getTranslation("engagement.no-visits")));
        }
        return list;
    }

    static Div claims(Component c, List<ClaimLine> claims, @Nullable Long remaining, Locale locale,
                      @Nullable Consumer<ClaimLine> decide) {
        Div list = new Div();
        list.setId("claims");
        if (remaining != null) {
            Div left = new Div(c.getTranslation("engagement.travel.remaining", yen(remaining, locale)));
            left.setId("travel-remaining");
            list.add(left);
        }
        for (ClaimLine claim : claims) {
            Div row = new Div();
            row.addClassName("enishi-pool-row");
            row.add(new Div(new Span(Dates.date(claim.tripOn(), locale) + "　" + claim.route() + "　" + yen(claim.amountYen(), locale)),
                    badge(c, "engagement.claim." + claim.status().name(), switch (claim.status()) {
                        case SUBMITTED -> "enishi-status-draft";
                        case APPROVED -> "enishi-health-ON_TRACK";
                        case REJECTED -> "enishi-health-BLOCKED";
                    })));
            if (claim.receiptNote() != null) {
                Div note = new Div(claim.receiptNote());
                note.addClassName("enishi-muted");
                row.add(note);
            }
            if (claim.decisionNote() != null) {
                row.add(new Div(c.getTranslation("engagement.claim.note", claim.decisionNote())));
            }
            if (decide != null && claim.status() == jp.enishi.engagement.ClaimStatus.SUBMITTED) {
                Button open = new Button(c.getTranslation("engagement.claim.decide"), e -> decide.accept(claim));
                open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                open.setId("claim-decide-" + claim.id());
                row.add(open);
            }
            list.add(row);
        }
        if (claims.isEmpty()) {
            list.add(new Span(c.getTranslation("engagement.no-claims")));
        }
        return list;
    }

    static Div reviews(Component c, EngagementDetail d, Locale locale) {
        Div list = new Div();
        list.setId("reviews");
        if (d.outcome() != null) {
            list.add(new Div(badge(c, "engagement.outcome." + d.outcome().name(), "enishi-status-draft"),
                    new Span(d.outcomeReason().isEmpty() ? "" : "　" + d.outcomeReason())));
        }
        for (ReviewLine r : d.reviews()) {
            Div row = new Div();
            row.addClassName("enishi-check-in");
            row.add(new Div(c.getTranslation("engagement.review.by", c.getTranslation("engagement.review.side." + r.side().name()),
                    Dates.date(r.writtenAt(), locale))), new Div(r.achieved()),
                    new Div(c.getTranslation(r.again() ? "engagement.review.again-yes" : "engagement.review.again-no")));
            list.add(row);
        }
        return list;
    }
}
