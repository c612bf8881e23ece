package jp.enishi.selection.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Problem;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.selection.InterviewSlots;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineBoard;
import jp.enishi.selection.PipelineExport;
import jp.enishi.selection.Stage;

/**
 * What to do with the chosen applicants at once: choose all that match the filter (not only the page shown), move
 * them, write to them, ask declined ones to the talent pool; and the pipeline's export. A refused action keeps what
 * was typed and chosen; only one that happened reloads the list.
 */
class BulkActions extends Div {

    private final Pipeline pipeline;
    private final PipelineAddress address;
    private final Map<Long, Long> chosen;
    private final Runnable done;
    private final Span chosenCount = new Span();
    // Not a Select: it keeps a component per choice in the session (docs/design-decisions/2026-12-03-launch-rush.md).
    private final ComboBox<Stage> to = new ComboBox<>();
    private final TextField reason = new TextField();

    BulkActions(Pipeline pipeline, PipelineExport export, InterviewSlots slots, PipelineAddress address, PipelineBoard board,
                Map<Long, Long> chosen, PipelineList list, Runnable done) {
        this.pipeline = pipeline;
        this.address = address;
        this.chosen = chosen;
        this.done = done;
        addClassName("enishi-pipeline-tools");
        setId("pipeline-tools");
        chosenCount.setId("chosen-count");
        showCount();
        list.onChosenChanged(this::showCount);
        Button all = new Button(getTranslation("pipeline.select-all", board.matching()), e -> {
            chosen.clear();
            chosen.putAll(pipeline.selectAll(address.slug(), address.projectId(), address.query()));
            list.showChosen();
            showCount();
            FieldErrors.success(getTranslation("pipeline.selected-all", chosen.size()));
        });
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.setId("select-all");
        all.setEnabled(board.matching() > 0);
        Button none = new Button(getTranslation("pipeline.select-none"), e -> {
            chosen.clear();
            list.showChosen();
            showCount();
        });
        none.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        none.setId("select-none");
        to.setItems(List.of(Stage.SCREENING, Stage.SCHEDULING, Stage.INTERVIEWED, Stage.HIRED, Stage.DECLINED));
        to.setItemLabelGenerator(s -> getTranslation("stage." + s.name()));
        to.setAriaLabel(getTranslation("pipeline.next"));
        to.setValue(Stage.SCREENING);
        to.setId("bulk-stage");
        reason.setPlaceholder(getTranslation("pipeline.reason"));
        reason.setAriaLabel(getTranslation("pipeline.reason"));
        reason.setMaxLength(1000);
        reason.setId("bulk-reason");
        Button move = new Button(getTranslation("pipeline.move-chosen"), e -> move(false));
        move.setId("bulk-move");
        TextArea message = new TextArea();
        message.setPlaceholder(getTranslation("pipeline.message.text"));
        message.setAriaLabel(getTranslation("pipeline.message.text"));
        message.setMaxLength(2000);
        message.setId("bulk-message-text");
        Button send = new Button(getTranslation("pipeline.message.send"), e -> {
            try {
                int n = pipeline.message(address.slug(), chosen.keySet(), message.getValue());
                FieldErrors.success(getTranslation("pipeline.message.sent", n));
                message.clear();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("message", message));
            }
        });
        send.setId("bulk-message");
        Button pool = new Button(getTranslation("pipeline.pool-chosen"), e -> {
            try {
                int n = pipeline.askAllToPool(address.slug(), chosen.keySet());
                FieldErrors.success(getTranslation("pipeline.pool-asked", n));
                done.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of());
            }
        });
        pool.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        pool.setId("bulk-pool");
        Button invite = new Button(getTranslation("pipeline.invite-slots"), e -> {
            try {
                int n = slots.invite(address.slug(), chosen.keySet());
                FieldErrors.success(getTranslation("pipeline.invited-slots", n));
                done.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of());
            }
        });
        invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        invite.setId("bulk-invite-slots");
        Div choose = new Div(chosenCount, all, none);
        choose.addClassName("enishi-inline-form");
        Div moving = new Div(to, reason, move);
        moving.addClassName("enishi-inline-form");
        add(choose, moving, message, new Div(send, pool, invite), exports(export));
    }

    private void showCount() {
        chosenCount.setText(getTranslation("pipeline.chosen", chosen.size()));
    }

    private void move(boolean beyondHeadcount) {
        Stage stage = to.getValue();
        try {
            int n = pipeline.moveAll(address.slug(), Map.copyOf(chosen), stage, reason.getValue(), beyondHeadcount);
            FieldErrors.success(getTranslation("pipeline.moved-many", n, getTranslation("stage." + stage.name())));
            done.run();
        } catch (InputRejectedException rejected) {
            Problem first = rejected.problems().getFirst();
            if (first.field().equals("headcount")) {
                HeadcountConfirmation.ask(this, first, "bulk-beyond-headcount", () -> move(true));
            } else if (first.messageKey().startsWith("selection.error.moved-meanwhile")) {
                // Others moved some of the chosen after this page was drawn: say so and show where they are now.
                FieldErrors.error(getTranslation("selection.error.moved-meanwhile-many", chosen.size()));
                done.run();
            } else {
                FieldErrors.show(this, rejected, Map.of("reason", reason, "stage", to));
            }
        }
    }

    private Div exports(PipelineExport export) {
        Div files = new Div();
        files.addClassName("enishi-inline-form");
        files.setId("pipeline-exports");
        for (PipelineExport.Format format : PipelineExport.Format.values()) {
            String extension = format.name().toLowerCase(java.util.Locale.ROOT);
            String type = format == PipelineExport.Format.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
            java.util.Locale locale = getLocale();
            Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = export.export(address.slug(), address.projectId(), format, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes),
                        "applicants-" + address.projectId() + "." + extension, type, bytes.length);
            }), getTranslation("pipeline.export." + extension));
            file.setId("export-" + extension);
            files.add(file);
        }
        Span help = new Span(getTranslation("pipeline.export.help"));
        help.addClassName("enishi-muted");
        files.add(help);
        return files;
    }
}
