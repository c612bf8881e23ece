package jp.enishi.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/** A user signed in through an OIDC provider; the authorities are Enishi's own, not the provider's. */
final class FederatedUser extends DefaultOidcUser implements EnishiPrincipal {

    private final long userId;

    FederatedUser(long userId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                  @Nullable OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.userId = userId;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FederatedUser other && other.userId == userId && super.equals(o);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }
}
