package jp.enishi.selection.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.Stage;

/** Moving one applicant: the next stage (or 見送り), a reason, and 移す. Used in the list and on the applicant page. */
class StageMove extends Div {

    StageMove(Pipeline pipeline, String workspaceSlug, PipelineRow row, Runnable moved) {
        addClassName("enishi-inline-form");
        if (row.moves().isEmpty()) {
            return;
        }
        Select<Stage> next = new Select<>();
        next.setAriaLabel(getTranslation("pipeline.next"));
        next.setItems(List.of(Stage.values()).stream().filter(row.moves()::contains).toList());
        next.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        next.setValue(row.moves().stream().filter(s -> s != Stage.DECLINED).findFirst().orElse(Stage.DECLINED));
        next.setId("next-" + row.id());
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("pipeline.reason"));
        reason.setId("reason-" + row.id());
        reason.setMaxLength(1000);
        Button move = new Button(getTranslation("pipeline.move"), e -> {
            try {
                pipeline.move(workspaceSlug, row.id(), row.version(), next.getValue(), reason.getValue());
                FieldErrors.success(getTranslation("pipeline.moved", row.name(), getTranslation("stage." + next.getValue().name())));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("reason", reason, "stage", next));
            }
            moved.run();
        });
        move.setId("move-" + row.id());
        add(next, reason, move);
    }
}
