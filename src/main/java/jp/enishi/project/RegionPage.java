package jp.enishi.project;

import java.util.List;

import jp.enishi.workspace.WorkspaceSummary;

/** A participating municipality as the public sees it: who it is, and its projects open for applications. */
public record RegionPage(WorkspaceSummary workspace, List<BoardCard> openProjects, long openCount) {

    public RegionPage {
        openProjects = List.copyOf(openProjects);
    }
}
