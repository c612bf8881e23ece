package jp.enishi.engagement;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A person's engagements: exported as they read them (terms, the check-ins they may read, claims, their review);
 * on deletion what they wrote goes and the contract stays, without their words, as the municipality's record
 * ({@link MyEngagements#forget}). Staff's check-ins, visits and decisions are the workspace's records.
 */
@Component
@Order(35)
class EngagementData implements PersonalData {

    private final MyEngagements mine;

    EngagementData(MyEngagements mine) {
        this.mine = mine;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Engagement.class, CheckIn.class, Visit.class, TravelClaim.class, Review.class, Extension.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("engagements", mine.exportOf(userId));
    }

    @Override
    public void forget(long userId) {
        mine.forget(userId);
    }
}
