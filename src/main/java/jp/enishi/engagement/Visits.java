package jp.enishi.engagement;

import java.time.Clock;
import java.time.LocalDate;

import jp.enishi.base.InputCheck;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On-site visits (Nanto's coordinator visits each firm about every two months): planned — who goes, where, which
 * day — then recorded as done with what was seen. The next visit due is the next planned one, or a cadence after the
 * last one done.
 */
@Service
@Transactional
@WorkspaceScoped
public class Visits {

    public static final int LINE_MAX = 200;
    public static final int SEEN_MAX = 4000;

    private final EngagementAccess access;
    private final VisitRepository visits;
    private final Clock clock;

    Visits(EngagementAccess access, VisitRepository visits, Clock clock) {
        this.access = access;
        this.visits = visits;
        this.clock = clock;
    }

    public long plan(String workspaceSlug, long engagementId, @Nullable LocalDate date, @Nullable String visitors,
                     @Nullable String place) {
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_WORK);
        Engagement e = opened.engagement();
        LocalDate today = JapanTime.today(clock);
        String who = InputCheck.clean(visitors);
        String where = InputCheck.clean(place);
        InputCheck check = new InputCheck().required("visitors", who).line("visitors", who, LINE_MAX)
                .required("place", where).line("place", where, LINE_MAX);
        if (e.status() != EngagementStatus.ACTIVE || e.endedBy(today)) {
            check.reject("date", "engagement.error.not-running");
        } else if (date == null) {
            check.reject("date", "error.required");
        } else if (date.isBefore(e.startsOn()) || date.isAfter(e.endsOn())) {
            check.reject("date", "engagement.error.within", e.startsOn().toString(), e.endsOn().toString());
        }
        check.throwIfAny();
        long id = visits.saveAndFlush(new Visit(e.id(), date, who, where, opened.caller().userId(), clock.instant())).id();
        follow(e, today);
        return id;
    }

    /** Records a visit as done (on a day not in the future) with what was seen. */
    public void done(String workspaceSlug, long visitId, @Nullable LocalDate date, @Nullable String seen) {
        Visit visit = visits.findById(visitId).orElse(null);
        var opened = access.open(workspaceSlug, visit == null ? -1 : visit.engagementId(), Permission.ENGAGEMENT_WORK);
        if (visit == null) {
            throw new NoSuchRecordException("visit " + visitId);
        }
        LocalDate today = JapanTime.today(clock);
        String what = InputCheck.clean(seen);
        InputCheck check = new InputCheck().required("seen", what).maxLength("seen", what, SEEN_MAX);
        if (visit.doneOn() != null) {
            check.reject("date", "engagement.error.visit-done");
        } else if (date == null) {
            check.reject("date", "error.required");
        } else if (date.isAfter(today)) {
            check.reject("date", "engagement.error.future");
        }
        check.throwIfAny();
        visit.done(date, what);
        visits.flush();
        follow(opened.engagement(), today);
    }

    private void follow(Engagement e, LocalDate today) {
        e.nextVisit(visits.nextPlanned(e.id()).orElse(null), visits.lastDone(e.id()).orElse(null), today);
    }
}
