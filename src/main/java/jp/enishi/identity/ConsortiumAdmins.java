package jp.enishi.identity;

import java.time.Clock;

import jp.enishi.base.InputCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first consortium admin comes from configuration ({@code ENISHI_ADMIN_EMAIL}, {@code ENISHI_ADMIN_PASSWORD}):
 * created at start-up if missing, so nobody can claim the address by signing up first. Called by start-up code
 * only, never by a view.
 */
@Component
public class ConsortiumAdmins {

    private static final Logger log = LoggerFactory.getLogger(ConsortiumAdmins.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;

    ConsortiumAdmins(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
                     @Value("${enishi.admin.email:}") String email, @Value("${enishi.admin.password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureConfiguredAdmin() {
        if (!email.isBlank()) {
            ensure(email, "コンソーシアム事務局", password);
        }
    }

    /** Makes the address a consortium admin, creating the account (with the password, if any) when missing. */
    @Transactional
    public void ensure(String address, String displayName, String initialPassword) {
        String normalized = InputCheck.normalizeEmail(address);
        User user = users.findByEmail(normalized).orElseGet(() -> {
            User created = new User(normalized, displayName, clock.instant());
            created.verifyEmail(clock.instant()); // the operator's configuration vouches for the address
            if (!initialPassword.isBlank()) {
                created.setPasswordHash(passwordEncoder.encode(initialPassword));
            }
            log.info("Created consortium admin account {}", normalized);
            return users.save(created);
        });
        user.setConsortiumAdmin(true);
    }
}
