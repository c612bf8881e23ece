package jp.enishi.workspace;

/** A workspace as the consortium sees it: public facts and aggregates, never individual people. */
public record WorkspaceOverview(WorkspaceSummary workspace, long members) {
}
