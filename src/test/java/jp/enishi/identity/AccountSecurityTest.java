package jp.enishi.identity;

import java.util.Locale;
import java.util.UUID;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.InputRejectedException;
import jp.enishi.selection.Applying;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A way back into an account, a confirmed address, the purpose agreed to, and passwords no one guesses first. */
@EnishiTest
class AccountSecurityTest {

    @Autowired AccountService accounts;
    @Autowired PasswordReset reset;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder encoder;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired SessionRegistry sessions;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects projects;
    @Autowired Applying applying;
    @Autowired Consents consents;
    @Autowired jp.enishi.talent.TalentProfiles profiles;

    @AfterEach
    void tearDown() {
        clock.reset();
        signIn.out();
    }

    @Test
    void common_and_repetitive_passwords_are_refused_with_a_reason_and_the_length_rule_stays() {
        for (String weak : new String[] {"aaaaaaaaaa", "1234567890", "qwertyuiop", "abcabcabca", "0987654321", "zxcvbnm123"}) {
            assertThat(problemOf(weak)).as(weak).isIn("error.password-repetitive", "error.password-common");
        }
        for (String common : new String[] {"password12", "Password2026!", "P@ssw0rd2026", "iloveyou12", "sakura12345",
                "1234enishi!"}) {
            assertThat(problemOf(common)).as(common).isEqualTo("error.password-common");
        }
        assertThat(problemOf("short")).isEqualTo("error.password-too-short");
        for (String fine : new String[] {"correct horse battery", "塩尻の夕焼けとワイン畑", "kamishihoro-2026-hans", "a long passphrase"}) {
            assertThat(problemOf(fine)).as(fine).isNull();
        }
    }

    @Test
    void a_new_account_agrees_to_the_notice_and_is_unverified_until_its_link_is_opened_once() {
        var before = clock.instant();
        String email = signIn.newUnverifiedUser("unverified");
        AccountStatus status = accounts.myAccount();
        assertThat(status.verified()).isFalse();
        assertThat(status.privacyNoticeVersion()).isEqualTo(PrivacyNotice.VERSION);
        assertThat(status.privacyAgreedAt()).isBetween(before.minusMillis(1), clock.instant());

        String token = signIn.lastToken(email, AccountMail.Kind.VERIFY_EMAIL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE token_hash = ?", Integer.class, token))
                .as("the secret itself is not stored").isZero();
        assertThat(accounts.verifyEmail(token)).isTrue();
        assertThat(accounts.verifyEmail(token)).as("single use").isFalse();
        assertThat(accounts.myAccount().verified()).isTrue();
    }

    @Test
    void an_unverified_account_may_edit_its_profile_but_not_apply_or_join_a_pool() {
        TestWorkspaces.Team team = teams.create("unverified");
        long project = projects.published(team, projects.complete("確認前の応募", "話"));
        String email = signIn.newUnverifiedUser("early");
        var me = accounts.me();
        accounts.updateMe(new ProfileChange(me.displayName(), null, "東京都", "マーケティングを10年。", me.version()));

        assertThatThrownBy(() -> applying.apply(project, 0, "動機", "月2日"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).contains("selection.error.email-not-verified"));
        assertThatThrownBy(() -> consents.give(team.slug(), ConsentPurpose.POOL))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.messageKey()).containsExactly("consent.error.email-not-verified"));

        assertThatThrownBy(() -> profiles.show(jp.enishi.talent.ProfileVisibility.ALL_MUNICIPALITIES))
                .as("shown to every region's pool").isInstanceOf(InputRejectedException.class);

        accounts.resendVerification();
        assertThat(accounts.verifyEmail(signIn.lastToken(email, AccountMail.Kind.VERIFY_EMAIL))).isTrue();
        assertThat(applying.apply(project, 0, "動機", "月2日")).isPositive();
        consents.give(team.slug(), ConsentPurpose.POOL);
    }

    @Test
    void forgot_password_answers_the_same_for_any_address_and_its_link_works_once_for_thirty_minutes() {
        String email = signIn.newUser("forgot");
        signIn.out();
        String nobody = "nobody-" + UUID.randomUUID() + "@test.example";
        reset.request(nobody); // no exception, nothing to tell
        assertThat(signIn.mailed(nobody, AccountMail.Kind.RESET_PASSWORD)).isFalse();

        reset.request(email);
        String token = signIn.lastToken(email, AccountMail.Kind.RESET_PASSWORD);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE token_hash = ?", Integer.class, token)).isZero();
        // A weak new password is refused and the link still works, so nothing is lost.
        assertThatThrownBy(() -> reset.reset(token, "password12"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey()).containsExactly("newPassword=error.password-common"));
        assertThat(reset.isUsable(token)).isTrue();

        reset.reset(token, "a brand new passphrase");
        assertThat(encoder.matches("a brand new passphrase", users.findByEmail(email).orElseThrow().passwordHash())).isTrue();
        assertThat(signIn.mailed(email, AccountMail.Kind.PASSWORD_CHANGED)).isTrue();
        assertThatThrownBy(() -> reset.reset(token, "another new passphrase"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey()).containsExactly("token=error.reset-link-invalid"));

        reset.request(email);
        String late = signIn.lastToken(email, AccountMail.Kind.RESET_PASSWORD);
        clock.advance(PasswordReset.VALID_FOR.plusSeconds(1));
        assertThat(reset.isUsable(late)).as("expired after 30 minutes").isFalse();
    }

    @Test
    void a_reset_ends_every_session_and_a_password_change_every_other_one() {
        String email = signIn.newUser("sessions");
        long userId = users.findByEmail(email).orElseThrow().id();
        var principal = new LocalUserDetails(userId, email, "x", java.util.List.of());
        sessions.registerNewSession("phone-" + userId, principal);
        sessions.registerNewSession("laptop-" + userId, principal);

        assertThatThrownBy(() -> accounts.changePassword("not my password", "a brand new passphrase"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey()).containsExactly("currentPassword=error.password-current-wrong"));
        assertThat(sessions.getSessionInformation("phone-" + userId).isExpired()).isFalse();

        accounts.changePassword("correct horse battery", "a brand new passphrase");
        assertThat(sessions.getSessionInformation("phone-" + userId).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("laptop-" + userId).isExpired()).isTrue();
        assertThat(accounts.myAccount().passwordChangedAt()).isNotNull();
    }

    @Test
    void single_line_fields_refuse_control_characters_line_breaks_and_direction_overrides() {
        signIn.newUser("hygiene");
        long version = accounts.me().version();
        assertThat(problems(new ProfileChange("名前\u0000", null, null, null, version))).containsExactly("displayName=error.control-character");
        assertThat(problems(new ProfileChange("一行目\r\n二行目", null, null, null, version))).containsExactly("displayName=error.line-break");
        assertThat(problems(new ProfileChange("花子", "gnp\u202Eexe", null, null, version))).containsExactly("fullName=error.control-character");
        assertThat(problems(new ProfileChange("花子", null, "松本\t市", null, version))).containsExactly("residence=error.control-character");
        assertThat(problems(new ProfileChange("花子", null, null, "本文\u0007", version))).containsExactly("bio=error.control-character");
        // Multi-line text keeps its line breaks; Japanese, emoji and rare kanji stay.
        assertThat(accounts.updateMe(new ProfileChange("𠮷野 花子", null, null, "一行目\n二行目🍶", version)).bio())
                .isEqualTo("一行目\n二行目🍶");

        for (String address : new String[] {"nul\u0000@test.example", "a b@test.example", "cr\r\n@test.example",
                "rlo\u202E@test.example", "漢字@test.example", "no-dot@localhost"}) {
            assertThatThrownBy(() -> accounts.signUp(new SignUp(address, "x", "correct horse battery", true), Locale.JAPANESE))
                    .as(address).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                            .extracting(p -> p.field() + "=" + p.messageKey()).containsExactly("email=error.email-malformed"));
        }
    }

    private java.util.List<String> problems(ProfileChange change) {
        try {
            accounts.updateMe(change);
            return java.util.List.of();
        } catch (InputRejectedException e) {
            return e.problems().stream().map(p -> p.field() + "=" + p.messageKey()).toList();
        }
    }

    private static String problemOf(String password) {
        jp.enishi.base.InputCheck check = new jp.enishi.base.InputCheck();
        PasswordRules.check(check, "password", password, "someone@test.example");
        try {
            check.throwIfAny();
            return null;
        } catch (InputRejectedException e) {
            return e.problems().getFirst().messageKey();
        }
    }
}
