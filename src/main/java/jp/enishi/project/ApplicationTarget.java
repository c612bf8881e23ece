package jp.enishi.project;

/**
 * A role of a public project as selection needs it to take an application: where it belongs and whether it is still
 * open (published, deadline not passed).
 */
public record ApplicationTarget(long projectId, long workspaceId, String projectTitle, String roleTitle, boolean open) {
}
