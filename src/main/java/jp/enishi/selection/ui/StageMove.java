package jp.enishi.selection.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Problem;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.Stage;

/**
 * Moving one applicant: the next stage (or 見送り), a reason, and 移す. Used in the list and on the applicant page.
 * A refused move keeps what was chosen and typed and says why on the field; only a move that happened redraws the
 * page (a redraw after a refusal once reset the stage to 採用 and turned a decline into a hire).
 */
class StageMove extends Div {

    private final Pipeline pipeline;
    private final String workspaceSlug;
    private final PipelineRow row;
    private final Runnable moved;
    private final Select<Stage> next = new Select<>();
    private final TextField reason = new TextField();

    StageMove(Pipeline pipeline, String workspaceSlug, PipelineRow row, Runnable moved) {
        this.pipeline = pipeline;
        this.workspaceSlug = workspaceSlug;
        this.row = row;
        this.moved = moved;
        addClassName("enishi-inline-form");
        if (row.moves().isEmpty()) {
            return;
        }
        next.setAriaLabel(getTranslation("pipeline.next"));
        next.setItems(List.of(Stage.values()).stream().filter(row.moves()::contains).toList());
        next.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        next.setValue(row.moves().stream().filter(s -> s != Stage.DECLINED && s != Stage.HIRED).findFirst()
                .orElse(Stage.DECLINED));
        next.setId("next-" + row.id());
        next.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(isDecision(e.getValue())));
        reason.setPlaceholder(getTranslation("pipeline.reason"));
        reason.setAriaLabel(getTranslation("pipeline.reason"));
        reason.setRequiredIndicatorVisible(isDecision(next.getValue()));
        reason.setId("reason-" + row.id());
        reason.setMaxLength(1000);
        Button move = new Button(getTranslation("pipeline.move"), e -> move(false));
        move.setId("move-" + row.id());
        add(next, reason, move);
    }

    private void move(boolean beyondHeadcount) {
        Stage stage = next.getValue();
        try {
            pipeline.move(workspaceSlug, row.id(), row.version(), stage, reason.getValue(), beyondHeadcount);
        } catch (InputRejectedException rejected) {
            Problem first = rejected.problems().getFirst();
            if (first.field().equals("headcount")) {
                HeadcountConfirmation.ask(this, first, "beyond-headcount-" + row.id(), () -> move(true));
            } else if (first.messageKey().equals("selection.error.moved-meanwhile-to")
                    && first.args().getFirst() instanceof Stage current) {
                // Someone else moved the applicant after this page was drawn: say where to, then show it.
                FieldErrors.error(getTranslation(first.messageKey(), row.name(), getTranslation("stage." + current.name())));
                moved.run();
            } else {
                FieldErrors.show(this, rejected, Map.of("reason", reason, "stage", next));
            }
            return;
        }
        FieldErrors.success(getTranslation("pipeline.moved", row.name(), getTranslation("stage." + stage.name())));
        moved.run();
    }

    private static boolean isDecision(Stage stage) {
        return stage == Stage.HIRED || stage == Stage.DECLINED;
    }
}
