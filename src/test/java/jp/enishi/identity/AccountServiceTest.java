package jp.enishi.identity;

import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnishiTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void sign_up_stores_a_normalized_address_and_a_delegating_password_hash() {
        accounts.signUp(new SignUp("  Hanako.Test@Example.JP ", "花子", "a long passphrase", true), Locale.ENGLISH);

        User user = users.findByEmail("hanako.test@example.jp").orElseThrow();
        assertThat(user.displayName()).isEqualTo("花子");
        assertThat(user.passwordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a long passphrase", user.passwordHash())).isTrue();
        assertThat(user.locale()).isEqualTo("en");
        assertThat(user.consortiumAdmin()).isFalse();
    }

    @Test
    void every_sign_up_problem_is_reported_at_once_and_nothing_is_saved() {
        long before = users.count();
        assertThatThrownBy(() -> accounts.signUp(new SignUp("not-an-address", "x".repeat(51), "short", false), Locale.JAPANESE))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey())
                        .containsExactlyInAnyOrder("email=error.email-malformed", "displayName=error.too-long",
                                "password=error.password-too-short", "privacy=error.privacy-not-agreed"));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void an_address_can_sign_up_once_whatever_its_case_and_the_second_time_only_its_owner_is_told() {
        String email = "once-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        accounts.signUp(new SignUp(email, "一度", "first password!", true), Locale.JAPANESE);
        String firstHash = users.findByEmail(email).orElseThrow().passwordHash();
        // The same answer as a new address (no exception, no "already registered"): the owner gets an e-mail.
        accounts.signUp(new SignUp(email.toUpperCase(Locale.ROOT), "二度", "second password", true), Locale.JAPANESE);
        assertThat(signIn.mailed(email, AccountMail.Kind.ALREADY_REGISTERED)).isTrue();
        User kept = users.findByEmail(email).orElseThrow();
        assertThat(kept.displayName()).isEqualTo("一度");
        assertThat(kept.passwordHash()).isEqualTo(firstHash);
    }

    @Test
    void the_password_may_not_be_the_address() {
        assertThatThrownBy(() -> accounts.signUp(new SignUp("same-as-password@test.example", "同じ",
                "same-as-password@test.example", true), Locale.JAPANESE))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("error.password-is-email"));
    }

    @Test
    void a_profile_edit_on_a_stale_version_is_refused_and_the_newer_one_kept() {
        signIn.newUser("editor");
        Profile opened = accounts.me();
        accounts.updateMe(new ProfileChange("先に保存", null, "松本市", null, opened.version()));

        assertThatThrownBy(() -> accounts.updateMe(new ProfileChange("後から保存", null, null, null, opened.version())))
                .isInstanceOf(EditConflictException.class);
        assertThat(accounts.me().displayName()).isEqualTo("先に保存");
        assertThat(accounts.me().residence()).isEqualTo("松本市");
    }

    @Test
    void profile_text_is_checked_and_japanese_is_kept_intact() {
        signIn.newUser("bio");
        long version = accounts.me().version();
        assertThatThrownBy(() -> accounts.updateMe(new ProfileChange(" ", null, null, "あ".repeat(2001), version)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey())
                        .containsExactlyInAnyOrder("displayName=error.required", "bio=error.too-long"));

        Profile saved = accounts.updateMe(new ProfileChange("山田 太郎", "山田太郎", "東京都世田谷区", "𠮷野家でも働いた🍶 マーケター", version));
        assertThat(saved.bio()).isEqualTo("𠮷野家でも働いた🍶 マーケター");
        assertThat(saved.version()).isGreaterThan(version);
    }

    @Test
    void the_language_choice_is_kept_for_the_signed_in_user() {
        signIn.newUser("lang");
        accounts.changeLanguage(Locale.ENGLISH);
        assertThat(accounts.preferredLanguage()).contains(Locale.ENGLISH);
        accounts.changeLanguage(Locale.JAPAN);
        assertThat(accounts.preferredLanguage()).contains(Locale.JAPANESE);
    }

    @Test
    void a_visitor_has_no_profile() {
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(accounts.preferredLanguage()).isEmpty();
    }
}
