package jp.enishi.talent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the pools a person is in onto their talent profile, from the consents in force, in the transaction that
 * gave or withdrew one: the talent index follows at commit (read-sync), so a withdrawn person leaves every search at
 * once. Someone pooled nowhere who never wrote a profile gets none; someone pooled gets an empty one, to be found by.
 */
@Component
class PoolMembership {

    private final ConsentRepository consents;
    private final TalentProfileRepository profiles;
    private final Clock clock;

    PoolMembership(ConsentRepository consents, TalentProfileRepository profiles, Clock clock) {
        this.consents = consents;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long userId) {
        List<Consent> active = consents.findActiveOf(userId);
        List<Long> pooled = active.stream().filter(c -> c.purpose() == ConsentPurpose.POOL).map(Consent::workspaceId)
                .distinct().toList();
        List<Long> shared = active.stream().filter(c -> c.purpose() == ConsentPurpose.CONSORTIUM)
                .map(Consent::workspaceId).distinct().toList();
        Instant since = active.stream().map(Consent::grantedAt).min(Instant::compareTo).orElse(null);
        TalentProfile profile = profiles.findById(userId).orElse(null);
        if (profile == null) {
            if (active.isEmpty()) {
                return;
            }
            profile = new TalentProfile(userId, clock.instant());
        }
        profile.pools(pooled, shared, since);
        profiles.save(profile);
    }
}
