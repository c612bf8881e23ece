package jp.enishi.identity;

import jp.enishi.base.InputCheck;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of local accounts: e-mail, password hash, lock state and global role. */
@Service
@Transactional(readOnly = true)
class LocalAccounts implements UserDetailsService {

    private final UserRepository users;
    private final LoginThrottle throttle;

    LocalAccounts(UserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String email = InputCheck.normalizeEmail(username);
        User user = users.findByEmail(email)
                .filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new LocalUserDetails(user.id(), user.email(), user.passwordHash(), throttle.isLocked(email),
                Authorities.of(user));
    }
}
