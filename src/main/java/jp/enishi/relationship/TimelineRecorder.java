package jp.enishi.relationship;

import java.time.Instant;
import java.util.List;

import jp.enishi.base.FiscalYear;
import jp.enishi.base.JapanTime;
import jp.enishi.project.SpecSheetCommented;
import jp.enishi.selection.ApplicantsMessaged;
import jp.enishi.selection.ApplicationSubmitted;
import jp.enishi.selection.ApplicationWithdrawn;
import jp.enishi.selection.DecisionReopened;
import jp.enishi.selection.InterviewScheduled;
import jp.enishi.selection.SlotBooked;
import jp.enishi.selection.StageChanged;
import jp.enishi.talent.ConsentGiven;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.ConsentWithdrawn;
import jp.enishi.talent.PoolMemberMessaged;
import jp.enishi.workspace.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Appends to the timelines after each action commits, through Spring Modulith's event publication registry: the
 * event is stored with the action, so one the process did not get to is recorded at the next start. Each entry is
 * written once per source, so an event delivered again changes nothing.
 */
@Component
class TimelineRecorder {

    private final RelationshipEntryRepository entries;
    private final WorkspaceAccess workspaces;

    TimelineRecorder(RelationshipEntryRepository entries, WorkspaceAccess workspaces) {
        this.entries = entries;
        this.workspaces = workspaces;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.APPLIED, e.at(), e.projectId(), e.roleTitle(),
                "applied:" + e.applicationId());
    }

    @ApplicationModuleListener
    void on(StageChanged e) {
        RelationshipKind kind = switch (e.to()) {
            case HIRED -> RelationshipKind.HIRED;
            case DECLINED -> RelationshipKind.DECLINED;
            default -> RelationshipKind.STAGE_CHANGED;
        };
        for (StageChanged.Moved moved : e.moved()) {
            record(e.workspaceId(), moved.userId(), kind, e.at(), e.projectId(), e.to().name(),
                    "stage:" + moved.applicationId() + ":" + e.to() + ":" + e.at().toEpochMilli());
        }
    }

    @ApplicationModuleListener
    void on(DecisionReopened e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.STAGE_CHANGED, e.at(), e.projectId(), e.back().name(),
                "reopened:" + e.applicationId() + ":" + e.at().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(ApplicationWithdrawn e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.WITHDREW, e.at(), e.projectId(), e.roleTitle(),
                "withdrew:" + e.applicationId());
    }

    @ApplicationModuleListener
    void on(InterviewScheduled e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.INTERVIEW, e.at(), e.projectId(), null,
                "interview:" + e.applicationId() + ":" + e.startsAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(jp.enishi.selection.NominationSent e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.NOMINATED, e.at(), e.projectId(), e.roleTitle(),
                "nominated:" + e.nominationId());
    }

    @ApplicationModuleListener
    void on(jp.enishi.selection.NominationAnswered e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.NOMINATION_ANSWERED, e.at(), e.projectId(), e.status().name(),
                "nomination-answered:" + e.nominationId());
    }

    @ApplicationModuleListener
    void on(SlotBooked e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.INTERVIEW, e.at(), e.projectId(), null,
                "booked:" + e.interviewId());
    }

    @ApplicationModuleListener
    void on(ApplicantsMessaged e) {
        for (long userId : e.userIds()) {
            record(e.workspaceId(), userId, RelationshipKind.MESSAGED, e.at(), e.projectId(), null,
                    "message:" + e.workspaceId() + ":" + userId + ":" + e.actorId() + ":" + e.at().toEpochMilli());
        }
    }

    @ApplicationModuleListener
    void on(PoolMemberMessaged e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.MESSAGED, e.at(), null, null,
                "pool-message:" + e.workspaceId() + ":" + e.userId() + ":" + e.actorId() + ":" + e.at().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(ConsentGiven e) {
        record(e.workspaceId(), e.userId(), e.purpose() == ConsentPurpose.POOL ? RelationshipKind.JOINED_POOL
                : RelationshipKind.SHARED, e.at(), null, null, key("consent", e.workspaceId(), e.userId(), e.purpose(), e.at()));
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn e) {
        record(e.workspaceId(), e.userId(), e.purpose() == ConsentPurpose.POOL ? RelationshipKind.LEFT_POOL
                : RelationshipKind.UNSHARED, e.at(), null, null, key("withdrawn", e.workspaceId(), e.userId(), e.purpose(), e.at()));
    }

    @ApplicationModuleListener
    void on(jp.enishi.engagement.EngagementStarted e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.ENGAGEMENT_STARTED, e.at(), e.projectId(), e.roleTitle(),
                "engagement-started:" + e.engagementId());
    }

    @ApplicationModuleListener
    void on(jp.enishi.engagement.EngagementClosed e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.ENGAGEMENT_CLOSED, e.at(), e.projectId(), e.outcome().name(),
                "engagement-closed:" + e.engagementId());
    }

    @ApplicationModuleListener
    void on(jp.enishi.engagement.EngagementReviewed e) {
        record(e.workspaceId(), e.userId(), RelationshipKind.ENGAGEMENT_REVIEWED, e.at(), e.projectId(),
                e.again() ? "AGAIN" : "NOT_AGAIN", "engagement-reviewed:" + e.engagementId());
    }

    /** Helping write a region's spec sheet counts for people from outside the workspace: once per project. */
    @ApplicationModuleListener
    void on(SpecSheetCommented e) {
        if (workspaces.membersAmong(e.workspaceId(), List.of(e.authorId())).isEmpty()) {
            record(e.workspaceId(), e.authorId(), RelationshipKind.CO_WROTE, e.at(), e.projectId(), e.section().name(),
                    "co-wrote:" + e.projectId() + ":" + e.authorId());
        }
    }

    private void record(long workspaceId, long userId, RelationshipKind kind, Instant at, @Nullable Long projectId,
                        @Nullable String detail, String source) {
        int fiscalYear = FiscalYear.of(at.atZone(JapanTime.ZONE).toLocalDate()).startYear();
        entries.record(workspaceId, userId, kind.name(), at, fiscalYear, projectId, detail, source);
    }

    private static String key(String what, long workspaceId, long userId, ConsentPurpose purpose, Instant at) {
        return what + ":" + workspaceId + ":" + userId + ":" + purpose + ":" + at.toEpochMilli();
    }
}
