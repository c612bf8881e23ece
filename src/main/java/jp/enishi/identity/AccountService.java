package jp.enishi.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jp.enishi.base.EditConflictException;
import jp.enishi.base.InputCheck;
import jp.enishi.base.Locales;
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

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final FederatedIdentityRepository federatedIdentities;
    private final Clock clock;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   FederatedIdentityRepository federatedIdentities, Clock clock) {
        this.users = users;
        this.federatedIdentities = federatedIdentities;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a local account; every problem is reported at once and nothing is saved if there is one. */
    public long signUp(SignUp form, Locale language) {
        InputCheck check = new InputCheck()
                .email("email", form.email())
                .required("displayName", form.displayName())
                .maxLength("displayName", form.displayName(), DISPLAY_NAME_MAX);
        PasswordRules.check(check, "password", form.password(), form.email());
        String email = InputCheck.normalizeEmail(form.email());
        if (!check.hasProblem("email") && users.existsByEmail(email)) {
            check.reject("email", "error.email-taken");
        }
        check.throwIfAny();
        User user = new User(email, form.displayName().strip(), clock.instant());
        user.setPasswordHash(passwordEncoder.encode(form.password()));
        user.setLocale(language.getLanguage());
        return users.saveAndFlush(user).id();
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
                .maxLength("displayName", change.displayName(), DISPLAY_NAME_MAX)
                .maxLength("fullName", change.fullName(), FULL_NAME_MAX)
                .maxLength("residence", change.residence(), RESIDENCE_MAX)
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
    public void anonymiseMe() {
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
