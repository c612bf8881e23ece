package jp.enishi.project.spi;

import jp.enishi.workspace.WorkspaceSummary;

/** How to name and link a project in someone's list of applications. */
public record ProjectName(long id, String title, String path, WorkspaceSummary workspace) {
}
