package jp.enishi.selection.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
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
import jp.enishi.project.SpecSheet;
import jp.enishi.selection.MyNomination;
import jp.enishi.selection.MyNominations;
import org.springframework.core.annotation.Order;

/**
 * 「あなたへの指名」 on /me: every nomination side by side — region, project, role, conditions, the region's "why you",
 * by when — with accept and decline on the open ones.
 */
@org.springframework.stereotype.Component
@Order(2)
class MyNominationsSection implements MePageSection {

    private final MyNominations nominations;

    MyNominationsSection(MyNominations nominations) {
        this.nominations = nominations;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("nominations", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        List<MyNomination> all = nominations.mine(locale);
        if (all.isEmpty()) {
            // Most people are never nominated: the section shows only once someone is.
            return;
        }
        Paragraph intro = new Paragraph(section.getTranslation("nomination.mine.intro"));
        intro.addClassName("enishi-muted");
        Div cards = new Div();
        cards.addClassName("enishi-project-grid");
        cards.setId("nomination-cards");
        for (MyNomination n : all) {
            cards.add(card(section, n, locale));
        }
        section.add(new H2(section.getTranslation("nomination.mine.title")), intro, cards);
    }

    private Div card(Div section, MyNomination n, Locale locale) {
        Div body = new Div();
        body.addClassName("enishi-project-card-body");
        Span region = new Span(n.region());
        region.addClassName("enishi-muted");
        Anchor project = new Anchor(n.projectPath(), n.projectTitle());
        H3 role = new H3(n.roleTitle());
        Span status = new Span(section.getTranslation("nomination.status." + n.status().name()));
        status.addClassName("enishi-status");
        Paragraph message = new Paragraph(n.message());
        message.addClassName("enishi-nomination-message");
        body.add(region, project, role, status, message);
        String conditions = conditions(section, n.conditions(), locale);
        if (!conditions.isEmpty()) {
            Div terms = new Div(section.getTranslation("nomination.mine.conditions") + "：" + conditions);
            terms.addClassName("enishi-project-terms");
            body.add(terms);
        }
        if (n.answerable()) {
            Span by = new Span(section.getTranslation("nomination.mine.answer-by", Dates.date(n.answerBy(), locale)));
            by.addClassName("enishi-deadline");
            Button accept = new Button(section.getTranslation("nomination.accept"), e -> answer(section, n, true));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("nomination-accept-" + n.id());
            Button decline = new Button(section.getTranslation("nomination.decline"), e -> answer(section, n, false));
            decline.setId("nomination-decline-" + n.id());
            Div actions = new Div(accept, decline);
            actions.addClassName("enishi-status-actions");
            body.add(by, actions);
        } else if (n.declineReason() != null) {
            body.add(new Paragraph(n.declineReason()));
        }
        Div card = new Div(body);
        card.addClassName("enishi-project-card");
        card.setId("nomination-" + n.id());
        return card;
    }

    /** Pay, days, work style and period of the role's project, as its sheet says them. */
    private static String conditions(Div section, SpecSheet.Conditions c, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (c.payMin() != null || c.payMax() != null) {
            parts.add(section.getTranslation("nomination.pay", c.payMin() == null ? "—" : String.format(locale, "%,d", c.payMin()),
                    c.payMax() == null ? "—" : String.format(locale, "%,d", c.payMax())));
        }
        if (c.daysPerMonth() != null) {
            parts.add(section.getTranslation("talentpool.days", c.daysPerMonth()));
        }
        if (c.workStyle() != null) {
            parts.add(section.getTranslation("project.work-style." + c.workStyle().name()));
        }
        if (c.periodMonths() != null) {
            parts.add(section.getTranslation("nomination.period", c.periodMonths()));
        }
        return String.join("・", parts);
    }

    private void answer(Div section, MyNomination n, boolean accept) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(n.projectTitle() + "／" + n.roleTitle());
        TextArea text = new TextArea(section.getTranslation(accept ? "nomination.accept.note" : "nomination.decline.reason"));
        text.setWidthFull();
        text.setMaxLength(accept ? MyNominations.NOTE_MAX : MyNominations.REASON_MAX);
        text.setId("nomination-answer-text");
        Button confirm = new Button(section.getTranslation(accept ? "nomination.accept" : "nomination.decline"), e -> {
            try {
                if (accept) {
                    nominations.accept(n.id(), text.getValue());
                } else {
                    nominations.decline(n.id(), text.getValue());
                }
                FieldErrors.success(section.getTranslation(accept ? "nomination.accepted" : "nomination.declined"));
                dialog.close();
                render(section);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(section, rejected, Map.of(accept ? "note" : "reason", text));
            }
        });
        confirm.addThemeVariants(accept ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        confirm.setId("nomination-answer-confirm");
        dialog.add(text);
        dialog.getFooter().add(new Button(section.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
