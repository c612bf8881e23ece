package jp.enishi.project;

import jp.enishi.workspace.WorkspaceAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The light check another capability makes on a project once it has resolved the workspace: the project must be
 * the workspace's and the caller may open it (every project for staff, their own team's for a theme owner). Two
 * reads — the project and the caller's place on its team — instead of building a whole {@link ProjectDetail}.
 */
@Component
@Transactional(readOnly = true)
public class ProjectGate {

    private final ProjectRepository projects;
    private final ProjectMemberRepository team;

    ProjectGate(ProjectRepository projects, ProjectMemberRepository team) {
        this.projects = projects;
        this.team = team;
    }

    /** The project as the caller may read it; not found outside the workspace, denied when not theirs to open. */
    public Opened require(WorkspaceAccess.Access access, long projectId) {
        Project project = projects.findInWorkspace(projectId, access.workspaceId())
                .orElseThrow(() -> new ProjectNotFoundException(projectId));
        boolean onTeam = team.find(projectId, access.userId()).isPresent();
        if (!new ProjectAccess.Caller(access.userId(), access.workspaceId(), access.role(), onTeam, project).canRead()) {
            throw new AccessDeniedException("Not on this project's team");
        }
        return new Opened(project.id(), project.sheet());
    }

    /**
     * The projects the caller may open when that is not all of the workspace's — a theme owner's own; null for
     * those who see every project. For lists filtered in the query rather than opened one by one.
     */
    public java.util.@org.jspecify.annotations.Nullable Set<Long> limitedTo(WorkspaceAccess.Access access) {
        return access.may(jp.enishi.workspace.Permission.PROJECTS_SEE_ALL) ? null : java.util.Set.copyOf(team.projectIdsOf(access.userId()));
    }

    /** A project's title as it is now (for records that keep it as it was at one moment). */
    public String title(long projectId) {
        return projects.findById(projectId).map(Project::title).orElseThrow(() -> new ProjectNotFoundException(projectId));
    }

    /** What selection needs of the project it opened: its id and its sheet (title, roles and headcounts). */
    public record Opened(long id, SpecSheet sheet) {
    }
}
