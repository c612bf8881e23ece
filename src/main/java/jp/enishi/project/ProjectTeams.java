package jp.enishi.project;

import java.util.Optional;

import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's team as other capabilities need it to address notices; no content of the project. */
@Service
@Transactional(readOnly = true)
public class ProjectTeams {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final WorkspaceAccess workspaces;
    private final WorkspaceDirectory directory;

    ProjectTeams(ProjectRepository projects, ProjectMemberRepository members, WorkspaceAccess workspaces,
                 WorkspaceDirectory directory) {
        this.projects = projects;
        this.members = members;
        this.workspaces = workspaces;
        this.directory = directory;
    }

    public Optional<ProjectTeam> of(long projectId) {
        return projects.findById(projectId).map(p -> {
            var workspace = directory.byIds(java.util.List.of(p.workspaceId())).get(p.workspaceId());
            var ids = members.findAllOfProject(projectId).stream().map(ProjectMember::userId).toList();
            return new ProjectTeam(p.id(), p.title(), p.workspaceId(), workspace.slug(), workspace.nameJa(),
                    workspace.nameEn(), workspaces.membersAmong(p.workspaceId(), ids));
        });
    }
}
