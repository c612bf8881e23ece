package jp.enishi.project.spi;

import java.util.Set;

/**
 * Who to tell about a project's applicants: its team's members who belong to the workspace (an invited outsider
 * wrote the sheet but does not select), with the workspace's slug and names for links and texts.
 */
public record ProjectTeam(long projectId, String title, long workspaceId, String workspaceSlug, String workspaceNameJa,
                          String workspaceNameEn, Set<Long> memberIds) {

    public ProjectTeam {
        memberIds = Set.copyOf(memberIds);
    }
}
