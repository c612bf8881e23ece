package jp.enishi.talent;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The talent profile, its photo and the consents: exported in full, deleted with the account. The pools' notes and
 * tags about the person are the regions' working records (not exported, like a selection team's notes) and are
 * deleted with the person. The records of provision are exported and are not deleted with the account: the law asks
 * they be kept three years (APPI Art. 29/30; docs/design-decisions/2026-12-02-shared-pool.md), and a daily job
 * deletes them then.
 */
@Component
@Order(20)
class TalentData implements PersonalData {

    private final TalentProfiles profiles;
    private final Consents consents;
    private final PoolNotes notes;

    private final Provisions provisions;

    TalentData(TalentProfiles profiles, Consents consents, PoolNotes notes, Provisions provisions) {
        this.provisions = provisions;
        this.profiles = profiles;
        this.consents = consents;
        this.notes = notes;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(TalentProfile.class, TalentPhoto.class, Consent.class, PoolNote.class, PoolTag.class,
                ProvisionRecord.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("talentProfile", profiles.mine());
        profiles.myPhoto().ifPresent(p -> parts.put("photo", Map.of("contentType", p.contentType(),
                "base64", Base64.getEncoder().encodeToString(p.bytes()))));
        parts.put("consents", consents.exportOf(userId));
        parts.put("provisions", provisions.exportOf(userId));
        return parts;
    }

    @Override
    public void forget(long userId) {
        consents.forget(userId);
        profiles.forget(userId);
        notes.forget(userId);
    }
}
