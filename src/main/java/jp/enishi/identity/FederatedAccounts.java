package jp.enishi.identity;

import java.time.Clock;
import java.util.Optional;

import jp.enishi.base.InputCheck;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps an OIDC sign-in to one Enishi user by (issuer, subject). A first sign-in links to an existing account only
 * when the provider vouches for the e-mail ({@code email_verified}); otherwise it creates a new user. The
 * provider's roles and groups are ignored: what someone may do comes from Enishi's memberships.
 */
@Service
class FederatedAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserRepository users;
    private final FederatedIdentityRepository identities;
    private final Clock clock;

    FederatedAccounts(UserRepository users, FederatedIdentityRepository identities, Clock clock) {
        this.users = users;
        this.identities = identities;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        User user = resolve(oidc.getIssuer().toString(), oidc.getSubject(), oidc.getEmail(),
                Boolean.TRUE.equals(oidc.getEmailVerified()), displayName(oidc));
        return new FederatedUser(user.id(), Authorities.of(user), oidc.getIdToken(), oidc.getUserInfo());
    }

    User resolve(String issuer, String subject, @Nullable String email, boolean emailVerified, String displayName) {
        Optional<User> known = identities.findUser(issuer, subject);
        if (known.isPresent()) {
            return known.get();
        }
        String address = email == null || email.isBlank() ? placeholderEmail(issuer, subject) : InputCheck.normalizeEmail(email);
        Optional<User> sameEmail = users.findByEmail(address);
        if (sameEmail.isPresent() && !emailVerified) {
            throw new OAuth2AuthenticationException(new OAuth2Error("email_in_use",
                    "An account with this e-mail exists and the provider did not verify the address", null));
        }
        User user = sameEmail.orElseGet(() -> users.save(new User(address, displayName, clock.instant())));
        if (emailVerified && email != null && !email.isBlank()) {
            user.verifyEmail(clock.instant()); // the provider confirmed the mailbox
        }
        identities.save(new FederatedIdentity(user, issuer, subject, clock.instant()));
        return user;
    }

    private static String displayName(OidcUser oidc) {
        String name = firstNonBlank(oidc.getFullName(), oidc.getPreferredUsername(), oidc.getEmail(), "Enishi user");
        int at = name.indexOf('@');
        String shown = at > 0 ? name.substring(0, at) : name;
        return shown.length() > AccountService.DISPLAY_NAME_MAX ? shown.substring(0, AccountService.DISPLAY_NAME_MAX) : shown;
    }

    private static String firstNonBlank(@Nullable String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        throw new IllegalArgumentException("no value");
    }

    /** Some providers (LINE without the e-mail scope) give no address; the account still needs a unique one. */
    private static String placeholderEmail(String issuer, String subject) {
        return Sha256.hex(issuer + "|" + subject).substring(0, 24) + "@federated.enishi.invalid";
    }
}
