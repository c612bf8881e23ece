package jp.enishi.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;

/** A user signed in with e-mail and password. */
final class LocalUserDetails extends org.springframework.security.core.userdetails.User implements EnishiPrincipal {

    private final long userId;

    LocalUserDetails(long userId, String email, String passwordHash, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.userId = userId;
    }

    @Override
    public long userId() {
        return userId;
    }
}
