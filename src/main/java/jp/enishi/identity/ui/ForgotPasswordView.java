package jp.enishi.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.identity.PasswordReset;

/** "Forgot password": asks for the address and always gives the same answer. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(PasswordReset reset) {
        addClassNames("enishi-page", "enishi-narrow");
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setId("reset-email");
        Paragraph sent = new Paragraph();
        sent.setId("reset-sent");
        sent.setVisible(false);
        Button send = new Button(getTranslation("reset.send"));
        send.addClickListener(click -> {
            try {
                reset.request(email.getValue());
                FieldErrors.clear(Map.of("email", email));
                sent.setText(getTranslation("reset.sent", email.getValue().strip(), PasswordReset.VALID_FOR.toMinutes()));
                sent.setVisible(true);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, Map.of("email", email));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reset");
        add(new H1(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")), email, send, sent,
                new Anchor("login", getTranslation("signup.to-login")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | Enishi";
    }
}
