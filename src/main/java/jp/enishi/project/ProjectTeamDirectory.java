package jp.enishi.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jp.enishi.project.spi.ProjectName;
import jp.enishi.project.spi.ProjectTeam;
import jp.enishi.project.spi.ProjectTeams;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ProjectTeamDirectory implements ProjectTeams {

    private final ProjectRepository projects;
    private final ProjectMemberRepository members;
    private final WorkspaceAccess workspaces;
    private final WorkspaceDirectory directory;

    ProjectTeamDirectory(ProjectRepository projects, ProjectMemberRepository members, WorkspaceAccess workspaces,
                         WorkspaceDirectory directory) {
        this.projects = projects;
        this.members = members;
        this.workspaces = workspaces;
        this.directory = directory;
    }

    @Override
    public Optional<ProjectTeam> of(long projectId) {
        return projects.findById(projectId).map(p -> {
            WorkspaceSummary workspace = directory.byIds(List.of(p.workspaceId())).get(p.workspaceId());
            List<Long> ids = members.findAllOfProject(projectId).stream().map(ProjectMember::userId).toList();
            return new ProjectTeam(p.id(), p.title(), p.workspaceId(), workspace.slug(), workspace.nameJa(),
                    workspace.nameEn(), workspaces.membersAmong(p.workspaceId(), ids));
        });
    }

    @Override
    public Map<Long, ProjectName> names(Collection<Long> projectIds) {
        List<Project> found = projects.findAllWithIds(projectIds);
        Map<Long, WorkspaceSummary> workspaces = directory.byIds(found.stream().map(Project::workspaceId).distinct().toList());
        return found.stream().collect(Collectors.toMap(Project::id, p -> new ProjectName(p.id(),
                p.title(), PublicPaths.project(p.id(), p.title()), workspaces.get(p.workspaceId()))));
    }
}
