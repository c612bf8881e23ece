package jp.enishi.identity;

import jp.enishi.base.InputCheck;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts as Spring Security reads them: e-mail, password hash and global role. Passwords are checked by
 * {@link PasswordSignIn} alone, behind the throttle: being an AuthenticationProvider bean, it replaces the provider
 * Spring Security would otherwise build from this service.
 */
@Service
@Transactional(readOnly = true)
class LocalAccounts implements UserDetailsService {

    private final UserRepository users;

    LocalAccounts(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = InputCheck.normalizeEmail(username);
        User user = users.findByEmail(email)
                .filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new LocalUserDetails(user.id(), user.email(), user.passwordHash(), Authorities.of(user));
    }
}
