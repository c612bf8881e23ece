package jp.enishi.project;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A project as its team sees it in the editor, with what the caller may do to it. {@code version} is what a save
 * must name as its base.
 */
public record ProjectDetail(long id, String workspaceSlug, ProjectStatus status, long version, SpecSheet sheet,
                            boolean hasCover, String updatedBy, Instant updatedAt, boolean canEdit,
                            boolean canManageTeam, Set<ProjectStatus> nextStatuses, List<TeamMember> team,
                            String publicPath) {

    public ProjectDetail {
        nextStatuses = Set.copyOf(nextStatuses);
        team = List.copyOf(team);
    }
}
