package jp.enishi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputCheck;
import jp.enishi.base.Locales;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts and the signed-in user's own profile and language. */
@Service
@Transactional
public class AccountService {

    static final int DISPLAY_NAME_MAX = 50;
    static final int FULL_NAME_MAX = 100;
    static final int RESIDENCE_MAX = 100;
    static final int BIO_MAX = 2000;

    /** How long the link that confirms a new account's address works. */
    static final Duration VERIFY_FOR = Duration.ofDays(3);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final FederatedIdentityRepository federatedIdentities;
    private final AccountTokens tokens;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   FederatedIdentityRepository federatedIdentities, AccountTokens tokens, UserSessions sessions,
                   ApplicationEventPublisher events, Clock clock, @Value("${enishi.base-url}") String baseUrl) {
        this.users = users;
        this.federatedIdentities = federatedIdentities;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Creates a local account, unverified until its owner opens the link e-mailed to the address; every problem is
     * reported at once and nothing is saved if there is one. Whether the address already has an account is never
     * said here: the answer is the same ("check your e-mail"), and the address's owner is told by e-mail instead.
     */
    public void signUp(SignUp form, Locale language) {
        InputCheck check = new InputCheck()
                .email("email", form.email())
                .required("displayName", form.displayName())
                .line("displayName", form.displayName(), DISPLAY_NAME_MAX);
        PasswordRules.check(check, "password", form.password(), form.email());
        if (!form.agreedToPrivacyNotice()) {
            check.reject("privacy", "error.privacy-not-agreed");
        }
        check.throwIfAny();
        String email = InputCheck.normalizeEmail(form.email());
        Instant now = clock.instant();
        Optional<User> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            User owner = existing.get();
            events.publishEvent(new AccountMail(email, Locales.fromTag(owner.locale()), AccountMail.Kind.ALREADY_REGISTERED,
                    baseUrl + "/forgot-password"));
            // As long as a real sign-up takes, so the answer's timing does not tell either.
            passwordEncoder.encode(form.password());
            return;
        }
        User user = new User(email, form.displayName().strip(), now);
        user.setPasswordHash(passwordEncoder.encode(form.password()));
        user.setLocale(language.getLanguage());
        user.agreeToPrivacyNotice(PrivacyNotice.VERSION, now);
        long id = users.saveAndFlush(user).id();
        sendVerification(id, email, language);
    }

    /** Confirms the address whose link this is; false for an unknown, used or expired link. */
    public boolean verifyEmail(String token) {
        return tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL)
                .flatMap(users::findById)
                .map(user -> {
                    user.verifyEmail(clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Sends the signed-in user a new confirmation link (at most three an hour). */
    public void resendVerification() {
        User user = currentUserEntity();
        if (user.emailVerifiedAt() == null && tokens.issuedLastHour(user.id(), AccountToken.Purpose.VERIFY_EMAIL) < 3) {
            sendVerification(user.id(), user.email(), Locales.fromTag(user.locale()));
        }
    }

    /** The signed-in user's account: verification, the notice they agreed to, their password. */
    @Transactional(readOnly = true)
    public AccountStatus myAccount() {
        User user = currentUserEntity();
        return new AccountStatus(user.email(), user.emailVerifiedAt(), user.privacyNoticeVersion(), user.privacyAgreedAt(),
                user.passwordHash() != null, user.passwordChangedAt());
    }

    /**
     * Changes the signed-in user's password after checking the current one; every other session of the user ends
     * and the owner is told by e-mail.
     */
    public void changePassword(String current, String next) {
        User user = currentUserEntity();
        InputCheck check = new InputCheck();
        if (user.passwordHash() == null || current == null || !passwordEncoder.matches(current, user.passwordHash())) {
            check.reject("currentPassword", "error.password-current-wrong");
        }
        PasswordRules.check(check, "newPassword", next == null ? "" : next, user.email());
        check.throwIfAny();
        user.changePassword(passwordEncoder.encode(next), clock.instant());
        sessions.endOthers(user.id());
        events.publishEvent(new AccountMail(user.email(), Locales.fromTag(user.locale()), AccountMail.Kind.PASSWORD_CHANGED, null));
    }

    /** Agrees to the current purpose-of-use notice (accounts that came through a provider, or an older notice). */
    public void agreeToPrivacyNotice() {
        currentUserEntity().agreeToPrivacyNotice(PrivacyNotice.VERSION, clock.instant());
    }

    private void sendVerification(long userId, String email, Locale language) {
        String token = tokens.issue(userId, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_FOR);
        events.publishEvent(new AccountMail(email, language, AccountMail.Kind.VERIFY_EMAIL,
                baseUrl + "/verify-email?token=" + token));
    }

    @Transactional(readOnly = true)
    public Profile me() {
        return toProfile(currentUserEntity());
    }

    public Profile updateMe(ProfileChange change) {
        User user = currentUserEntity();
        if (user.version() != change.version()) {
            throw new EditConflictException("profile of user " + user.id());
        }
        new InputCheck()
                .required("displayName", change.displayName())
                .line("displayName", change.displayName(), DISPLAY_NAME_MAX)
                .line("fullName", change.fullName(), FULL_NAME_MAX)
                .line("residence", change.residence(), RESIDENCE_MAX)
                .maxLength("bio", change.bio(), BIO_MAX)
                .throwIfAny();
        user.rename(change.displayName().strip(), InputCheck.clean(change.fullName()));
        user.describe(InputCheck.clean(change.residence()), InputCheck.clean(change.bio()));
        return toProfile(users.saveAndFlush(user));
    }

    /**
     * Anonymises the signed-in user's account as the last step of deleting it: no address, name, text or way to sign
     * in remains. The caller ({@code MyData}) has already had every other capability let go of the person.
     */
    void anonymiseMe() {
        User user = currentUserEntity();
        federatedIdentities.deleteAllOf(user.id());
        user.anonymise();
        users.saveAndFlush(user);
    }

    /** Keeps the language choice of a signed-in user for their next visit. */
    public void changeLanguage(Locale language) {
        currentUserEntity().setLocale(Locales.fromTag(language.toLanguageTag()).getLanguage());
    }

    /** The signed-in user's language, if someone is signed in. */
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLanguage() {
        return currentUser.id().flatMap(users::findById).map(u -> Locales.fromTag(u.locale()));
    }

    private User currentUserEntity() {
        return users.findById(currentUser.requireId())
                .orElseThrow(() -> new IllegalStateException("Signed-in user no longer exists"));
    }

    private static Profile toProfile(User user) {
        return new Profile(user.email(), user.displayName(), user.fullName(), user.residence(), user.bio(),
                user.locale(), user.passwordHash() != null, user.version());
    }
}
