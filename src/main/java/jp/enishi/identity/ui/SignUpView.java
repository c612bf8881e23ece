package jp.enishi.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.PasswordRules;
import jp.enishi.identity.SignUp;

/** Create a local account with e-mail and password; the rules are shown before anyone types. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    SignUpView(AccountService accounts) {
        addClassNames("enishi-page", "enishi-narrow");

        EmailField email = new EmailField(getTranslation("field.email"));
        email.setRequiredIndicatorVisible(true);
        TextField displayName = new TextField(getTranslation("field.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setHelperText(getTranslation("field.display-name.help"));
        PasswordField password = new PasswordField(getTranslation("field.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("password.rules", PasswordRules.MIN, PasswordRules.MAX));
        password.setId("password-field");
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("email", email, "displayName", displayName, "password", password);

        Button submit = new Button(getTranslation("signup.submit"), click -> {
            try {
                accounts.signUp(new SignUp(email.getValue(), displayName.getValue(), password.getValue()),
                        UI.getCurrent().getLocale());
                FieldErrors.success(getTranslation("signup.done"));
                UI.getCurrent().navigate(LoginView.class);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("sign-up");

        FormLayout form = new FormLayout(email, displayName, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, submit,
                new Anchor("login", getTranslation("signup.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " | Enishi";
    }
}
