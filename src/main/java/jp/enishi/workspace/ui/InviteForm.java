package jp.enishi.workspace.ui;

import java.util.Map;
import java.util.function.BiFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.Role;

/** Invite by e-mail with a role. The link is shown too, for offices that prefer to send it themselves. */
class InviteForm extends FormLayout {

    InviteForm(BiFunction<String, Role, PendingInvitation> invite) {
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setId("invite-email");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> WorkspaceLabels.role(this, r));
        role.setValue(Role.STAFF);
        role.setId("invite-role");
        Button send = new Button(getTranslation("members.invite.send"), click -> {
            try {
                PendingInvitation sent = invite.apply(email.getValue(), role.getValue());
                FieldErrors.success(getTranslation("members.invited", sent.email()));
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("email", email));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        add(email, role, send);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
    }
}
