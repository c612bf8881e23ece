package jp.enishi.identity.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.identity.PasswordReset;
import jp.enishi.identity.PasswordRules;

/** The page a reset link opens: choose a new password, or be told the link no longer works. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordReset reset;
    private final PasswordField password = new PasswordField();
    private final Paragraph invalid = new Paragraph();
    private final Button save = new Button();
    private String token = "";

    ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassNames("enishi-page", "enishi-narrow");
        password.setLabel(getTranslation("reset.new-password"));
        password.setHelperText(getTranslation("password.rules", PasswordRules.MIN, PasswordRules.MAX));
        password.setWidthFull();
        password.setId("new-password");
        invalid.setText(getTranslation("error.reset-link-invalid"));
        invalid.addClassName("enishi-error");
        invalid.setId("reset-invalid");
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-new-password");
        save.addClickListener(click -> save());
        add(new H1(getTranslation("reset.title")), invalid, password, save, new Anchor("forgot-password", getTranslation("reset.again")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of("")).getFirst();
        boolean usable = reset.isUsable(token);
        invalid.setVisible(!usable);
        password.setVisible(usable);
        save.setVisible(usable);
    }

    private void save() {
        try {
            reset.reset(token, password.getValue());
            FieldErrors.success(getTranslation("reset.done"));
            UI.getCurrent().navigate(LoginView.class);
        } catch (InputRejectedException rejected) {
            if (rejected.problems().stream().anyMatch(p -> p.field().equals("token"))) {
                invalid.setVisible(true);
            }
            FieldErrors.show(this, rejected, Map.of("newPassword", password));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | Enishi";
    }
}
