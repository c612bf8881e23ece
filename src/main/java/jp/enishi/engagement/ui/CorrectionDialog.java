package jp.enishi.engagement.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.engagement.CheckInDraft;

/** Corrects one of one's own check-ins: the correction is a new entry, the original stays as written. */
class CorrectionDialog extends Dialog {

    CorrectionDialog(boolean team, Consumer<CheckInDraft> correct, Runnable corrected) {
        setHeaderTitle(getTranslation("engagement.correct"));
        var fields = EngagementParts.CheckInFields.create(this, team);
        Button save = new Button(getTranslation("engagement.correct.save"), e -> {
            FieldErrors.clear(fields.byField());
            try {
                correct.accept(fields.draft());
                close();
                corrected.run();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields.byField());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("correct-save");
        add(new Span(getTranslation("engagement.correct.help")), fields.layout());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }
}
