package jp.enishi.identity;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The two global roles. Workspace roles are memberships, checked by the workspace services, not authorities. */
final class Authorities {

    static final String CONSORTIUM_ADMIN = "CONSORTIUM_ADMIN";

    private Authorities() {
    }

    static List<GrantedAuthority> of(User user) {
        return user.consortiumAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_" + CONSORTIUM_ADMIN))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }
}
