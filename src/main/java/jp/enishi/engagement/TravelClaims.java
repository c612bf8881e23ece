package jp.enishi.engagement;

import java.time.Clock;
import java.util.List;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.notification.Notice;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff decide the professional's travel claims, once each: approved, or rejected with a reason they are told. */
@Service
@Transactional
@WorkspaceScoped
public class TravelClaims {

    public static final int NOTE_MAX = 500;

    private final EngagementAccess access;
    private final TravelClaimRepository claims;
    private final Notifications notifications;
    private final Clock clock;

    TravelClaims(EngagementAccess access, TravelClaimRepository claims, Notifications notifications, Clock clock) {
        this.access = access;
        this.claims = claims;
        this.notifications = notifications;
        this.clock = clock;
    }

    public void decide(String workspaceSlug, long claimId, boolean approve, @Nullable String note) {
        TravelClaim claim = claims.findById(claimId).orElse(null);
        var opened = access.open(workspaceSlug, claim == null ? -1 : claim.engagementId(), Permission.TRAVEL_APPROVE);
        if (claim == null) {
            throw new NoSuchRecordException("claim " + claimId);
        }
        String why = InputCheck.clean(note);
        InputCheck check = new InputCheck().line("note", why, NOTE_MAX);
        if (claim.status() != ClaimStatus.SUBMITTED) {
            check.reject("claim", "engagement.error.claim-decided");
        }
        if (!approve && why == null) {
            check.reject("note", "engagement.error.reject-reason");
        }
        check.throwIfAny();
        claim.decide(approve, why, opened.caller().userId(), clock.instant());
        try {
            claims.flush();
        } catch (ObjectOptimisticLockingFailureException meanwhile) {
            throw new InputRejectedException("claim", "engagement.error.claim-decided");
        }
        Engagement e = opened.engagement();
        notifications.send(Notice.to(List.of(e.userId()), e.workspaceId(), NotificationKind.TRAVEL_DECIDED,
                EngagementPaths.mine(e.id()), Engagements.regionOf(opened.caller()), claim.tripOn().toString(),
                claim.amountYen(), notifications.label(approve ? "engagement.decided.APPROVED" : "engagement.decided.REJECTED"),
                why == null ? "" : why));
    }
}
