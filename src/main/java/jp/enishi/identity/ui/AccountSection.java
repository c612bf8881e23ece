package jp.enishi.identity.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import jp.enishi.base.Dates;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.ui.FieldErrors;
import jp.enishi.base.ui.MePageSection;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.AccountStatus;
import jp.enishi.identity.PasswordRules;
import jp.enishi.identity.PrivacyNotice;
import org.springframework.core.annotation.Order;

/**
 * 「アカウント」 on /me: whether the address is confirmed (with a new link on request), the purpose-of-use notice
 * agreed to and when, and changing the password (which signs out every other browser).
 */
@org.springframework.stereotype.Component
@Order(0)
class AccountSection implements MePageSection {

    private final AccountService accounts;

    AccountSection(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Component create() {
        return MePageSection.drawn("account", this::render);
    }

    private void render(Div section) {
        section.removeAll();
        Locale locale = MePageSection.locale();
        AccountStatus account = accounts.myAccount();
        section.add(new H2(section.getTranslation("account.title")));

        if (account.verified()) {
            section.add(new Paragraph(section.getTranslation("account.verified", Dates.dateTime(account.emailVerifiedAt(), locale))));
        } else {
            Paragraph unverified = new Paragraph(section.getTranslation("account.unverified", account.email()));
            unverified.addClassName("enishi-error");
            unverified.setId("unverified");
            Button resend = new Button(section.getTranslation("account.resend"), click -> {
                accounts.resendVerification();
                FieldErrors.success(section.getTranslation("account.resent", account.email()));
            });
            resend.setId("resend-verification");
            section.add(unverified, resend);
        }

        Paragraph agreed = new Paragraph(account.privacyAgreedAt() == null
                ? section.getTranslation("account.privacy-none")
                : section.getTranslation("account.privacy-agreed", account.privacyNoticeVersion(),
                        Dates.dateTime(account.privacyAgreedAt(), locale)));
        agreed.setId("privacy-agreed");
        section.add(agreed, SignUpView.privacyNotice(section));
        if (!PrivacyNotice.VERSION.equals(account.privacyNoticeVersion())) {
            Button agree = new Button(section.getTranslation("account.privacy-agree"), click -> {
                accounts.agreeToPrivacyNotice();
                render(section);
            });
            agree.setId("agree-privacy-now");
            section.add(agree);
        }

        if (account.hasPassword()) {
            section.add(passwordChange(section, account));
        }
    }

    private Div passwordChange(Div section, AccountStatus account) {
        PasswordField current = new PasswordField(section.getTranslation("account.current-password"));
        current.setId("current-password");
        current.setWidthFull();
        PasswordField next = new PasswordField(section.getTranslation("reset.new-password"));
        next.setHelperText(section.getTranslation("password.rules", PasswordRules.MIN, PasswordRules.MAX));
        next.setId("changed-password");
        next.setWidthFull();
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", next);
        Button change = new Button(section.getTranslation("account.change-password"), click -> {
            try {
                accounts.changePassword(current.getValue(), next.getValue());
                FieldErrors.success(section.getTranslation("account.password-changed"));
                render(section);
            } catch (InputRejectedException rejected) {
                FieldErrors.show(section, rejected, fields);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        Div box = new Div(new Paragraph(account.passwordChangedAt() == null ? section.getTranslation("account.password-intro")
                : section.getTranslation("account.password-last", Dates.dateTime(account.passwordChangedAt(), MePageSection.locale()))),
                current, next, change);
        box.setId("password-change");
        return box;
    }
}
