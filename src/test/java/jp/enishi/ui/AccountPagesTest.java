package jp.enishi.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import jp.enishi.identity.AccountMail;
import jp.enishi.identity.ui.ResetPasswordView;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The account screens as their users meet them: sign-up, the way back in, /me's account box, a refused upload. */
class AccountPagesTest extends KaribuTest {

    @Test
    void sign_up_answers_the_same_for_a_taken_address_and_asks_for_the_agreement_on_its_box() {
        open("signup");
        _setValue(_get(EmailField.class), "hanako@pro.example");
        _setValue(_get(TextField.class), "誰か");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-field")), "correct horse battery");
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        Checkbox agree = _get(Checkbox.class, spec -> spec.withId("agree-privacy"));
        assertThat(agree.isInvalid()).isTrue();
        assertThat(agree.getErrorMessage()).contains("利用目的への同意");

        _setValue(agree, true);
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        String taken = _get(Div.class, spec -> spec.withId("signup-done")).getElement().getTextRecursively();

        MockVaadin.tearDown();
        setUpVaadin();
        open("signup");
        String fresh = "new-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        _setValue(_get(EmailField.class), fresh);
        _setValue(_get(TextField.class), "新しい人");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-field")), "correct horse battery");
        _setValue(_get(Checkbox.class, spec -> spec.withId("agree-privacy")), true);
        _click(_get(Button.class, spec -> spec.withId("sign-up")));
        String created = _get(Div.class, spec -> spec.withId("signup-done")).getElement().getTextRecursively();

        assertThat(taken.replace("hanako@pro.example", "@")).isEqualTo(created.replace(fresh, "@"))
                .contains("確認メールを送りました");
        assertThat(signIn.mailed("hanako@pro.example", AccountMail.Kind.ALREADY_REGISTERED)).isTrue();
        assertThat(signIn.mailed(fresh, AccountMail.Kind.VERIFY_EMAIL)).isTrue();
    }

    @Test
    void the_login_page_says_how_long_to_wait_the_same_way_for_any_address() throws Exception {
        var throttled = java.lang.reflect.Constructor.class.cast(
                jp.enishi.identity.SignInThrottledException.class.getDeclaredConstructor(java.time.Duration.class));
        throttled.setAccessible(true);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                throttled.newInstance(java.time.Duration.ofSeconds(8)));
        open("login?error");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-problem")).getText())
                .isEqualTo("ログインの失敗が続いたため、少し時間をおいています。8秒ほど待ってからもう一度お試しください。");
    }

    @Test
    void an_ended_session_is_told_in_the_user_s_language_with_the_way_back_to_sign_in() {
        var messages = com.vaadin.flow.server.VaadinService.getCurrent().getSystemMessages(java.util.Locale.JAPANESE, null);
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("セッションが終了しました");
        assertThat(messages.getSessionExpiredMessage()).contains("もう一度ログイン");
        assertThat(messages.getSessionExpiredURL()).isEqualTo("login?expired");
        assertThat(com.vaadin.flow.server.VaadinService.getCurrent().getSystemMessages(java.util.Locale.ENGLISH, null)
                .getSessionExpiredCaption()).isEqualTo("Your session has ended");
        open("login?expired");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-problem")).getText()).contains("安全のため、ログインを終了しました");
    }

    @Test
    void a_reset_link_that_no_longer_works_says_so_before_anyone_types() {
        open("reset-password?token=not-a-real-token");
        current(ResetPasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PasswordField.class, spec -> spec.withId("new-password")))
                .as("no field to type a password into").isEmpty();
    }

    @Test
    void me_shows_an_unverified_address_and_a_wrong_current_password_on_its_field() {
        String email = signIn.newUnverifiedUser("me-unverified");
        signInAs(email);
        open("me");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unverified")).getText()).contains(email, "まだ確認されていません");
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-agreed")).getText()).contains("2026-12-01版");
        _click(_get(Button.class, spec -> spec.withId("resend-verification")));
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "")).contains("確認メールを送りました"));

        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "not my password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("changed-password")), "a brand new passphrase");
        _click(_get(Button.class, spec -> spec.withId("change-password")));
        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("現在のパスワードが正しくありません。");
    }

    @Test
    void a_refused_photo_says_why_under_the_upload() throws Exception {
        signInAs(signIn.newUser("me-photo"));
        open("me");
        byte[] bomb;
        try (var in = getClass().getResourceAsStream("/uploads/bomb-20000x20000.jpg")) {
            bomb = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("photo-upload")), "me.jpg", "image/jpeg", bomb);
        MockVaadin.runUIQueue();
        Paragraph problem = _get(Paragraph.class, spec -> spec.withId("photo-upload-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("画素数が大きすぎます", "20000 × 20000");

        // Refused in the browser (too big, or not an image by its name): said on the field too.
        Upload upload = _get(Upload.class, spec -> spec.withId("photo-upload"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(upload, "ファイルが大きすぎます", "big.jpg"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("photo-upload-problem")).getText()).isEqualTo("ファイルが大きすぎます");
    }
}
