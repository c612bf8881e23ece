package jp.enishi.project.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.project.TeamMember;

/**
 * The sheet's writing team. Adding someone from outside the workspace lets them edit this draft — and nothing else —
 * until it is published.
 */
class TeamPanel extends Div {

    TeamPanel(ProjectService projects, ProjectDetail detail, Runnable changed) {
        addClassName("enishi-team");
        Paragraph hint = new Paragraph(getTranslation("team.hint"));
        hint.addClassName("enishi-muted");
        add(hint);
        for (TeamMember member : detail.team()) {
            Span name = new Span(member.displayName() + " (" + member.email() + ")");
            Div row = new Div(name);
            row.addClassName("enishi-team-row");
            if (member.invited()) {
                Span invited = new Span(getTranslation("team.invited"));
                invited.addClassName("enishi-chip");
                row.add(invited);
            }
            if (detail.canManageTeam()) {
                Button remove = new Button(getTranslation("team.remove"), e -> {
                    projects.removeFromTeam(detail.workspaceSlug(), detail.id(), member.userId());
                    changed.run();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setId("team-remove-" + member.userId());
                row.add(remove);
            }
            add(row);
        }
        if (detail.canManageTeam()) {
            EmailField email = new EmailField(getTranslation("team.add.email"));
            email.setId("team-email");
            email.setWidth("20em");
            Button add = new Button(getTranslation("team.add"), e -> {
                try {
                    TeamMember added = projects.addToTeam(detail.workspaceSlug(), detail.id(), email.getValue());
                    FieldErrors.success(getTranslation("team.added", added.displayName()));
                    changed.run();
                } catch (InputRejectedException rejected) {
                    FieldErrors.show(this, rejected, Map.of("email", email));
                }
            });
            add.setId("team-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div form = new Div(email, add);
            form.addClassName("enishi-inline-form");
            add(form);
        }
    }
}
