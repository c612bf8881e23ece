package jp.enishi.engagement;

import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceScoped;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's check-ins: written by anyone following the engagement, kept from the professional where asked. */
@Service
@Transactional
@WorkspaceScoped
public class CheckIns {

    private final EngagementAccess access;
    private final CheckInLog log;
    private final CheckInRepository checkIns;

    CheckIns(EngagementAccess access, CheckInLog log, CheckInRepository checkIns) {
        this.access = access;
        this.log = log;
        this.checkIns = checkIns;
    }

    public long write(String workspaceSlug, long engagementId, CheckInDraft draft) {
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_WORK);
        return log.write(opened.engagement(), Side.TEAM, opened.caller().userId(), draft);
    }

    /** A correction of one of the team's check-ins, as a new entry; the original stays as it was written. */
    public long correct(String workspaceSlug, long checkInId, CheckInDraft draft) {
        long engagementId = checkIns.findById(checkInId).map(CheckIn::engagementId).orElse(-1L);
        var opened = access.open(workspaceSlug, engagementId, Permission.ENGAGEMENT_WORK);
        return log.correct(opened.engagement(), checkInId, Side.TEAM, opened.caller().userId(), draft);
    }
}
