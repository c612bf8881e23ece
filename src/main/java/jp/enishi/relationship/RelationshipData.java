package jp.enishi.relationship;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The person's timelines with each region: exported (as they see them on /me), deleted with the account. */
@Component
@Order(60)
class RelationshipData implements PersonalData {

    private final MyTimeline timelines;
    private final RelationshipEntryRepository entries;

    RelationshipData(MyTimeline timelines, RelationshipEntryRepository entries) {
        this.timelines = timelines;
        this.entries = entries;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(RelationshipEntry.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("relationships", timelines.of(userId));
    }

    @Override
    public void forget(long userId) {
        entries.deleteAllOf(userId);
    }
}
