package jp.enishi.draft.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.draft.DraftEntries;
import jp.enishi.draft.DraftOutcome;
import jp.enishi.draft.DraftPhase;
import jp.enishi.draft.DraftRule;
import jp.enishi.draft.MyRound;
import org.springframework.core.annotation.Order;

/**
 * 「ドラフト会議」 on /me: rounds open for entry (entering is opt-in: the regions will read what one writes), the
 * rounds one entered, and after the reveal every region's pick side by side — to choose one where the person chooses.
 */
@org.springframework.stereotype.Component
@Order(7)
class MyDraftSection implements MePageSection {

    private final DraftEntries entries;

    MyDraftSection(DraftEntries entries) {
        this.entries = entries;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("draft", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        List<MyRound> rounds = entries.mine(locale);
        if (rounds.isEmpty()) {
            return;
        }
        section.add(new H2(section.getTranslation("draft.title")));
        for (MyRound mine : rounds) {
            var r = mine.round();
            Div box = new Div();
            box.addClassName("enishi-pool-row");
            box.setId("my-draft-" + r.id());
            Span phase = new Span(section.getTranslation("draft.phase." + r.phase().name()));
            phase.addClassName("enishi-status");
            box.add(new Div(new H3(r.title()), phase), new Div(DraftLabels.windows(section, r, locale)));
            if (!mine.entered()) {
                box.add(entryForm(section, r.id()));
            } else if (r.phase() != DraftPhase.REVEALED) {
                box.add(new Paragraph(section.getTranslation("draft.me.entered", mine.introduction())));
                if (r.phase() != DraftPhase.AWAITING_REVEAL) {
                    Button leave = new Button(section.getTranslation("draft.me.leave"), e -> {
                        entries.leave(r.id());
                        render(section);
                    });
                    leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    leave.setId("draft-leave-" + r.id());
                    box.add(leave);
                }
            } else {
                box.add(picks(section, mine, locale));
            }
            section.add(box);
        }
    }

    private Div entryForm(Div section, long round) {
        Paragraph intro = new Paragraph(section.getTranslation("draft.me.invite"));
        intro.addClassName("enishi-muted");
        TextArea introduction = new TextArea(section.getTranslation("draft.me.introduction"));
        introduction.setMaxLength(DraftEntries.TEXT_MAX);
        introduction.setWidthFull();
        introduction.setId("draft-introduction-" + round);
        TextArea seeking = new TextArea(section.getTranslation("draft.me.seeking"));
        seeking.setMaxLength(DraftEntries.TEXT_MAX);
        seeking.setWidthFull();
        seeking.setId("draft-seeking-" + round);
        Button enter = new Button(section.getTranslation("draft.me.enter"), e -> {
            try {
                entries.enter(round, introduction.getValue(), seeking.getValue());
                FieldErrors.success(section.getTranslation("draft.me.entered.toast"));
                render(section);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(section, rejected, Map.of("introduction", introduction, "seeking", seeking));
            }
        });
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("draft-enter-" + round);
        Div form = new Div(intro, introduction, seeking, enter);
        form.setWidthFull();
        return form;
    }

    private Div picks(Div section, MyRound mine, Locale locale) {
        Div cards = new Div();
        cards.addClassName("enishi-project-grid");
        if (mine.picks().isEmpty()) {
            cards.add(new Paragraph(section.getTranslation("draft.me.no-picks")));
        }
        boolean choosing = mine.round().rule() == DraftRule.PERSON_CHOOSES
                && mine.picks().stream().allMatch(p -> p.outcome() == DraftOutcome.PENDING);
        for (MyRound.Pick p : mine.picks()) {
            Div body = new Div();
            body.addClassName("enishi-project-card-body");
            Span outcome = new Span(section.getTranslation("draft.outcome." + p.outcome().name()));
            outcome.addClassName("enishi-status");
            body.add(new H3(p.region()), outcome,
                    new Div(p.offer() == null ? section.getTranslation("draft.offer.talk") : p.offer()));
            Paragraph message = new Paragraph(p.message());
            message.addClassName("enishi-nomination-message");
            body.add(message);
            if (p.exclusiveUntil() != null) {
                body.add(new Div(section.getTranslation("draft.exclusive-until", Dates.date(p.exclusiveUntil(), locale))));
            }
            if (choosing) {
                Button choose = new Button(section.getTranslation("draft.me.choose"), e -> {
                    try {
                        entries.choose(p.id());
                        render(section);
                    } catch (InputRejectedException rejected) {
                        FieldErrors.show(section, rejected, Map.of());
                    }
                });
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                choose.setId("draft-choose-" + p.id());
                body.add(choose);
            }
            Div card = new Div(body);
            card.addClassName("enishi-project-card");
            cards.add(card);
        }
        return cards;
    }
}
