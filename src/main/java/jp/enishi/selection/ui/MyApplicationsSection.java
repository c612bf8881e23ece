package jp.enishi.selection.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.Dates;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.selection.Applying;
import jp.enishi.selection.MyApplication;

/** 「応募したプロジェクト」 on /me: every application with its current stage, and 辞退 while undecided. */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(2)
class MyApplicationsSection implements MePageSection {

    private final Applying applying;

    MyApplicationsSection(Applying applying) {
        this.applying = applying;
    }

    @Override
    public Component create() {
        Div section = new Div();
        section.setId("my-applications");
        section.setWidthFull();
        render(section);
        return section;
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = com.vaadin.flow.component.UI.getCurrent() != null ? com.vaadin.flow.component.UI.getCurrent().getLocale() : Locale.JAPANESE;
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
            if (a.canWithdraw()) {
                Button withdraw = new Button(section.getTranslation("apply.withdraw"), e -> {
                    try {
                        applying.withdraw(a.id());
                        FieldErrors.success(section.getTranslation("apply.withdrawn"));
                    } catch (InputRejectedException rejected) {
                        FieldErrors.error(section.getTranslation(rejected.problems().getFirst().messageKey()));
                    }
                    render(section);
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                withdraw.setId("withdraw-" + a.id());
                row.add(withdraw);
            }
            section.add(row);
        }
    }
}
