package jp.enishi.project;

import java.util.Optional;
import java.util.Set;

import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to one project — the rule every project method starts with:
 * <ul>
 * <li>admins, staff and coordinators of the workspace: every project in it;</li>
 * <li>theme owners of the workspace: the projects whose team they are on;</li>
 * <li>anyone else on a project's team (a professional invited to help write it): that sheet only, and only while it
 * is a draft or in review — "edit that draft and nothing else";</li>
 * <li>only workspace admins move a project from one status to the next.</li>
 * </ul>
 * An outsider asking for another workspace's project is refused before learning whether it exists.
 */
@Component
class ProjectAccess {

    enum Need { READ, EDIT, MANAGE_TEAM, CHANGE_STATUS, SEND_TO_REVIEW }

    private static final Set<ProjectStatus> MEMBERS_EDIT = Set.of(ProjectStatus.DRAFT, ProjectStatus.IN_REVIEW,
            ProjectStatus.PUBLISHED);

    private final WorkspaceAccess workspaces;
    private final ProjectRepository projects;
    private final ProjectMemberRepository team;
    private final CurrentUser currentUser;

    ProjectAccess(WorkspaceAccess workspaces, ProjectRepository projects, ProjectMemberRepository team,
                  CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.projects = projects;
        this.team = team;
        this.currentUser = currentUser;
    }

    Caller require(String workspaceSlug, long projectId, Need need) {
        long userId = currentUser.requireId();
        Optional<WorkspaceAccess.Access> membership = workspaces.find(workspaceSlug);
        long workspaceId = membership.map(WorkspaceAccess.Access::workspaceId).orElseGet(() -> workspaces.idOf(workspaceSlug));
        Project project = projects.findInWorkspace(projectId, workspaceId).orElse(null);
        boolean onTeam = project != null && team.find(projectId, userId).isPresent();
        if (membership.isEmpty() && !onTeam) {
            throw new AccessDeniedException("Neither a member of this workspace nor on this project's team");
        }
        if (project == null) {
            throw new ProjectNotFoundException(projectId);
        }
        Role role = membership.map(WorkspaceAccess.Access::role).orElse(null);
        Caller caller = new Caller(userId, workspaceId, role, onTeam, project);
        if (!caller.canRead()) {
            throw new AccessDeniedException("Not on this project's team");
        }
        switch (need) {
            case READ -> { }
            case EDIT -> {
                if (!caller.canEdit()) {
                    throw new InputRejectedException("status", "project.error.locked");
                }
            }
            case MANAGE_TEAM -> {
                if (role == null) {
                    throw new AccessDeniedException("Invited writers do not manage the team");
                }
            }
            case CHANGE_STATUS -> {
                if (role == null || !role.may(Permission.PROJECT_PUBLISH)) {
                    throw new AccessDeniedException("Only those who publish change a project's status");
                }
            }
            case SEND_TO_REVIEW -> {
                if (!caller.maySendToReview()) {
                    throw new AccessDeniedException("Only admins and the draft's own team send it to review");
                }
            }
        }
        return caller;
    }

    /** A member of the workspace with the permission; for creating and listing. */
    WorkspaceAccess.Access member(String workspaceSlug, Permission permission) {
        return workspaces.require(workspaceSlug, permission);
    }

    java.util.Set<Long> memberIds(long workspaceId, java.util.Collection<Long> userIds) {
        return workspaces.membersAmong(workspaceId, userIds);
    }

    boolean seesAllProjects(Role role) {
        return role.may(Permission.PROJECTS_SEE_ALL);
    }

    /** The caller's standing on one project. {@code role} is null for an invited outsider. */
    record Caller(long userId, long workspaceId, @Nullable Role role, boolean onTeam, Project project) {

        boolean canRead() {
            if (role != null && role.may(Permission.PROJECTS_SEE_ALL)) {
                return true;
            }
            return onTeam && (role != null || project.status().isEditable());
        }

        /** Admins, and the workspace members on a draft's own team (a theme owner, say): レビューに回す. */
        boolean maySendToReview() {
            return role != null && (role.may(Permission.PROJECT_PUBLISH) || onTeam && project.status() == ProjectStatus.DRAFT);
        }

        boolean canEdit() {
            return canRead() && (role != null ? MEMBERS_EDIT.contains(project.status()) : project.status().isEditable());
        }
    }
}
