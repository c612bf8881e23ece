package jp.enishi.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Writes check-ins for either side, once: the latest sets the engagement's health and the next due day; a
 * correction is a new entry naming the one it corrects (one correction each — to change it again, correct the
 * correction) and changes the health if it corrects the latest.
 */
@Component
class CheckInLog {

    private final CheckInRepository checkIns;
    private final EngagementRepository engagements;
    private final Clock clock;

    CheckInLog(CheckInRepository checkIns, EngagementRepository engagements, Clock clock) {
        this.checkIns = checkIns;
        this.engagements = engagements;
        this.clock = clock;
    }

    long write(Engagement e, Side side, long authorId, CheckInDraft draft) {
        CheckIn written = save(e, side, authorId, draft, null);
        e.checkedIn(written.status(), JapanTime.today(clock));
        engagements.flush();
        return written.id();
    }

    long correct(Engagement e, long checkInId, Side side, long authorId, CheckInDraft draft) {
        CheckIn original = checkIns.findById(checkInId).filter(c -> c.engagementId() == e.id())
                .orElseThrow(() -> new NoSuchRecordException("check-in " + checkInId));
        if (original.side() != side) {
            throw new InputRejectedException("checkIn", "engagement.error.other-side");
        }
        if (checkIns.findByCorrectsId(checkInId).isPresent()) {
            throw new InputRejectedException("checkIn", "engagement.error.corrected");
        }
        CheckIn correction = save(e, side, authorId, draft, checkInId);
        // The health is the status of the newest check-in as corrected: follow the chain of corrections from it.
        CheckIn latest = checkIns.findLatestOriginal(e.id()).orElse(correction);
        for (var next = checkIns.findByCorrectsId(latest.id()); next.isPresent(); next = checkIns.findByCorrectsId(latest.id())) {
            latest = next.get();
        }
        e.healthIs(latest.status());
        return correction.id();
    }

    private CheckIn save(Engagement e, Side side, long authorId, CheckInDraft draft, @Nullable Long corrects) {
        LocalDate today = JapanTime.today(clock);
        String notes = InputCheck.clean(draft.notes());
        String next = InputCheck.clean(draft.nextSteps());
        InputCheck check = new InputCheck().required("notes", notes).maxLength("notes", notes, CheckInDraft.NOTES_MAX)
                .maxLength("nextSteps", next, CheckInDraft.NEXT_STEPS_MAX);
        if (draft.status() == null) {
            check.reject("status", "error.required");
        }
        if (e.status() == EngagementStatus.DRAFT) {
            check.reject("engagement", "engagement.error.not-started");
        } else if (e.endedBy(today)) {
            check.reject("engagement", "engagement.error.check-in-ended");
        }
        check.throwIfAny();
        try {
            return checkIns.saveAndFlush(new CheckIn(e.id(), side, authorId, Objects.requireNonNull(draft.status()),
                    notes, next, draft.teamOnly(), corrects, clock.instant()));
        } catch (DataIntegrityViolationException twiceAtOnce) {
            throw new InputRejectedException("checkIn", "engagement.error.corrected");
        }
    }
}
