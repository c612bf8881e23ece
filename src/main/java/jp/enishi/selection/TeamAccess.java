package jp.enishi.selection;

import jp.enishi.project.ProjectGate;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * The check every team-side selection call starts with: the caller is a member of the workspace, the application is
 * the workspace's, and the caller may open its project ({@link ProjectGate} decides: theme owners only their
 * own). An application of another workspace is not found.
 */
@Component
class TeamAccess {

    record Opened(WorkspaceAccess.Access caller, Application application, ProjectGate.Opened project) {
    }

    private final WorkspaceAccess workspaces;
    private final ProjectGate projects;
    private final ApplicationRepository applications;

    TeamAccess(WorkspaceAccess workspaces, ProjectGate projects, ApplicationRepository applications) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.applications = applications;
    }

    /** Applications of one project, all of which the caller may open, with that project. */
    record Chosen(WorkspaceAccess.Access caller, java.util.List<Application> applications, ProjectGate.Opened project) {
    }

    /**
     * The applications asked for, all of one project of the workspace that the caller may open; anything else is not
     * found. None asked: a message.
     */
    Chosen openAll(String workspaceSlug, java.util.Collection<Long> ids) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_MOVE);
        if (ids.isEmpty()) {
            throw new jp.enishi.base.InputRejectedException("applicants", "selection.error.none-chosen");
        }
        java.util.List<Application> chosen = applications.findAllInWorkspace(ids, caller.workspaceId());
        if (chosen.size() != java.util.Set.copyOf(ids).size()
                || chosen.stream().map(Application::projectId).distinct().count() != 1) {
            throw new ApplicationNotFoundException(ids.iterator().next());
        }
        return new Chosen(caller, chosen, projects.require(caller, chosen.getFirst().projectId()));
    }

    Opened open(String workspaceSlug, long applicationId) {
        var caller = workspaces.require(workspaceSlug, Permission.PIPELINE_VIEW);
        Application a = applications.findInWorkspace(applicationId, caller.workspaceId())
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        return new Opened(caller, a, projects.require(caller, a.projectId()));
    }
}
