package jp.enishi.selection.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.project.BoardCard;
import jp.enishi.selection.Applying;

/** The application form: why this role, and how much time they can give. */
class ApplyDialog extends Dialog {

    ApplyDialog(Applying applying, BoardCard card, int rolePosition) {
        setId("apply-dialog");
        setWidth("min(40rem, 95vw)");
        setHeaderTitle(getTranslation("apply.title", card.roles().get(rolePosition).title()));
        TextArea motivation = new TextArea(getTranslation("apply.motivation"));
        motivation.setId("apply-motivation");
        motivation.setHelperText(getTranslation("apply.motivation.help"));
        motivation.setWidthFull();
        motivation.setMinHeight("10em");
        motivation.setMaxLength(2000);
        TextField availability = new TextField(getTranslation("apply.availability"));
        availability.setId("apply-availability");
        availability.setPlaceholder(getTranslation("apply.availability.placeholder"));
        availability.setWidthFull();
        availability.setMaxLength(200);
        add(new Paragraph(card.sheet().title()), motivation, availability);

        Button send = new Button(getTranslation("apply.send"), e -> {
            try {
                applying.apply(card.id(), rolePosition, motivation.getValue(), availability.getValue());
                FieldErrors.success(getTranslation("apply.sent"));
                close();
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("motivation", motivation, "availability", availability));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("apply-send");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, send);
    }
}
