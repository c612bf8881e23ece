package jp.enishi.engagement;

import jp.enishi.base.NoSuchRecordException;
import jp.enishi.project.ProjectGate;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * The check every team-side engagement call starts with: a member with the permission, an engagement of the
 * workspace, and a project the caller may open (a theme owner only their own). Another workspace's engagement is
 * not found.
 */
@Component
class EngagementAccess {

    record Opened(WorkspaceAccess.Access caller, Engagement engagement) {
    }

    private final WorkspaceAccess workspaces;
    private final ProjectGate projects;
    private final EngagementRepository engagements;

    EngagementAccess(WorkspaceAccess workspaces, ProjectGate projects, EngagementRepository engagements) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.engagements = engagements;
    }

    Opened open(String workspaceSlug, long engagementId, Permission permission) {
        var caller = workspaces.require(workspaceSlug, permission);
        Engagement e = engagements.findInWorkspace(engagementId, caller.workspaceId())
                .orElseThrow(() -> new NoSuchRecordException("engagement " + engagementId));
        projects.require(caller, e.projectId());
        return new Opened(caller, e);
    }

    /** The same, the engagement's row locked until the transaction ends: for what must not race (the budget). */
    Opened lock(String workspaceSlug, long engagementId, Permission permission) {
        Opened opened = open(workspaceSlug, engagementId, permission);
        return new Opened(opened.caller(), engagements.findForUpdate(engagementId).orElseThrow());
    }
}
