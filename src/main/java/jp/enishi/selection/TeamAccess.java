package jp.enishi.selection;

import jp.enishi.project.ProjectDetail;
import jp.enishi.project.ProjectService;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * The check every team-side selection call starts with: the caller is a member of the workspace, the application is
 * the workspace's, and the caller may open its project ({@link ProjectService#open} decides: theme owners only their
 * own). An application of another workspace is not found.
 */
@Component
class TeamAccess {

    record Opened(WorkspaceAccess.Access caller, Application application, ProjectDetail project) {
    }

    private final WorkspaceAccess workspaces;
    private final ProjectService projects;
    private final ApplicationRepository applications;

    TeamAccess(WorkspaceAccess workspaces, ProjectService projects, ApplicationRepository applications) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
    }

    Opened open(String workspaceSlug, long applicationId) {
        var caller = workspaces.require(workspaceSlug, Role.ANY);
        Application a = applications.findInWorkspace(applicationId, caller.workspaceId())
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        return new Opened(caller, a, projects.open(workspaceSlug, a.projectId()));
    }
}
