package jp.enishi.project;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.enishi.identity.CurrentUser;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts the signed-in user was invited to write without being a member of their workspace — the one way a
 * professional reaches a sheet before it is published. Members find their projects in their workspace instead.
 */
@Service
@Transactional(readOnly = true)
public class MyProjects {

    private final CurrentUser currentUser;
    private final ProjectMemberRepository team;
    private final ProjectRepository projects;
    private final WorkspaceAccess workspaces;
    private final WorkspaceDirectory directory;

    MyProjects(CurrentUser currentUser, ProjectMemberRepository team, ProjectRepository projects,
               WorkspaceAccess workspaces, WorkspaceDirectory directory) {
        this.currentUser = currentUser;
        this.team = team;
        this.projects = projects;
        this.workspaces = workspaces;
        this.directory = directory;
    }

    public List<InvitedProject> invited(Locale locale) {
        return currentUser.id().map(userId -> {
            List<Project> drafts = projects.findAllWithIds(team.projectIdsOf(userId)).stream()
                    .filter(p -> p.status().isEditable())
                    .filter(p -> workspaces.membersAmong(p.workspaceId(), List.of(userId)).isEmpty())
                    .toList();
            Map<Long, WorkspaceSummary> where = directory.byIds(drafts.stream().map(Project::workspaceId).toList());
            return drafts.stream().map(p -> new InvitedProject(where.get(p.workspaceId()).slug(),
                    where.get(p.workspaceId()).name(locale), p.id(), p.title(), p.status())).toList();
        }).orElse(List.of());
    }
}
