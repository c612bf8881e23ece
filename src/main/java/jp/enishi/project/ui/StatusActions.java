package jp.enishi.project.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectStatus;

/** The project's status, and for workspace admins the moves it can make next (公開する, 締め切る…). */
class StatusActions extends Div {

    StatusActions(ProjectDetail detail, Consumer<ProjectStatus> move) {
        addClassName("enishi-status-actions");
        Span status = new Span(ProjectLabels.status(this, detail.status()));
        status.addClassNames("enishi-status", "enishi-status-" + detail.status().name().toLowerCase(java.util.Locale.ROOT));
        status.setId("project-status");
        add(status);
        for (ProjectStatus next : List.of(ProjectStatus.values())) {
            if (!detail.nextStatuses().contains(next)) {
                continue;
            }
            Button button = new Button(getTranslation("project.move." + detail.status().name() + "." + next.name()),
                    e -> move.accept(next));
            button.setId("move-" + next.name().toLowerCase(java.util.Locale.ROOT));
            if (next == ProjectStatus.PUBLISHED) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else if (next == ProjectStatus.ARCHIVED) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            add(button);
        }
    }
}
