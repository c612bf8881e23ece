package jp.enishi.selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.enishi.base.spi.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applications as the person wrote them, their course, interviews and pool requests, and who opened them. On
 * deletion open applications are withdrawn and what they wrote removed; the applications stay without content as
 * the municipality's record of its selection. Staff's own traces (who moved, scheduled, opened, invited) stay as
 * the workspace's record; their names go with their account. Nominations received are exported as the person sees
 * them and deleted with the account (what they made, an application, stays as above).
 */
@Component
@Order(30)
class SelectionData implements PersonalData {

    private final Applying applying;
    private final MyNominations nominations;

    SelectionData(Applying applying, MyNominations nominations) {
        this.applying = applying;
        this.nominations = nominations;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(Application.class, ApplicationEvent.class, ApplicantOpening.class, Interview.class,
                InterviewSlot.class, SlotInvitation.class, PoolRequest.class, Nomination.class);
    }

    @Override
    public Map<String, Object> export(long userId) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("applications", applying.exportOf(userId));
        parts.put("openedBy", applying.openingsExportOf(userId));
        parts.put("nominations", nominations.exportOf(userId));
        return parts;
    }

    @Override
    public void forget(long userId) {
        applying.anonymise(userId);
        nominations.forget(userId);
    }
}
