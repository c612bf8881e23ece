package jp.enishi.identity.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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

/**
 * Create a local account with e-mail and password; the rules and the purpose of use are shown before anyone types.
 * Afterwards the page says "check your e-mail" — the same whether or not the address already had an account.
 */
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
        Details notice = privacyNotice(this);
        notice.setOpened(true);
        Checkbox agree = new Checkbox(getTranslation("signup.agree"));
        agree.setId("agree-privacy");
        Map<String, HasValidation> fields = Map.of("email", email, "displayName", displayName, "password", password,
                "privacy", agree);

        Div done = new Div();
        done.setId("signup-done");
        done.setVisible(false);
        FormLayout form = new FormLayout(email, displayName, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button submit = new Button(getTranslation("signup.submit"));
        submit.addClickListener(click -> {
            try {
                accounts.signUp(new SignUp(email.getValue(), displayName.getValue(), password.getValue(), agree.getValue()),
                        UI.getCurrent().getLocale());
                done.add(new Paragraph(getTranslation("signup.check-mail", email.getValue().strip())),
                        new Anchor("login", getTranslation("signup.to-login")));
                done.setVisible(true);
                form.setVisible(false);
                notice.setVisible(false);
                agree.setVisible(false);
                submit.setVisible(false);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(this, rejected, fields);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("sign-up");

        add(new H1(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, notice, agree,
                submit, done, new Anchor("login", getTranslation("signup.have-account")));
    }

    /** The purpose-of-use notice, as agreed at sign-up and shown again on /me. */
    static Details privacyNotice(com.vaadin.flow.component.Component in) {
        VerticalLayout text = new VerticalLayout();
        text.setPadding(false);
        text.setSpacing(false);
        for (String part : in.getTranslation("privacy.notice.text").split("\\n")) {
            text.add(new Paragraph(part));
        }
        Details notice = new Details(in.getTranslation("privacy.notice.title"), text);
        notice.setId("privacy-notice");
        return notice;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " | Enishi";
    }
}
