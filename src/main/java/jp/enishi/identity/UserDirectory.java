package jp.enishi.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.enishi.base.InputCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups of users for other capabilities' services, which decide themselves who may see what. Views never call
 * it (ArchitectureTest checks that).
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserRepository users;

    UserDirectory(UserRepository users) {
        this.users = users;
    }

    public Optional<UserSummary> byEmail(String email) {
        return users.findByEmail(InputCheck.normalizeEmail(email)).map(UserSummary::of);
    }

    public Optional<UserSummary> byId(long id) {
        return users.findById(id).map(UserSummary::of);
    }

    /**
     * Someone's basic profile, for a capability that has already decided the caller may see it (e.g. the team of a
     * project the person applied to). Deciding that is the caller's job.
     */
    public Optional<Profile> profileOf(long id) {
        return users.findById(id).map(u -> new Profile(u.email(), u.displayName(), u.fullName(), u.residence(), u.bio(),
                u.locale(), false, u.version()));
    }

    /** Whether the person has confirmed their e-mail address; applying and being pooled wait for it. */
    public boolean isVerified(long id) {
        return users.findById(id).map(u -> u.emailVerifiedAt() != null).orElse(false);
    }

    /** Addresses and languages of many users in one query, for notices. */
    public Map<Long, Contact> contacts(Collection<Long> ids) {
        return users.findAllById(ids).stream()
                .map(u -> new Contact(u.id(), u.email(), jp.enishi.base.Locales.fromTag(u.locale())))
                .collect(Collectors.toMap(Contact::id, Function.identity()));
    }

    /** One query for many ids, so listing members costs the same for 3 or 300. */
    public Map<Long, UserSummary> byIds(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserSummary::of)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }
}
