package jp.enishi.draft;

import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A person's draft entries (what they wrote) and the picks of them: exported, and deleted with the account. Rounds
 * (who opened them) and picks (who picked) are the consortium's and the regions' records; staff names go with their
 * accounts.
 */
@Component
@Order(70)
class DraftData implements PersonalData {

    private final DraftEntries entries;

    DraftData(DraftEntries entries) {
        this.entries = entries;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(DraftEntry.class, DraftPick.class, DraftRound.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        return Map.of("draftEntries", entries.exportOf(userId));
    }

    @Override
    public void forget(long userId) {
        entries.forget(userId);
    }
}
