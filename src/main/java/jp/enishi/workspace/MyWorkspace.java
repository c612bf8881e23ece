package jp.enishi.workspace;

/** One of the signed-in user's workspaces, for the switcher. */
public record MyWorkspace(WorkspaceSummary workspace, Role role) {
}
