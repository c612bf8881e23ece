package jp.enishi.project;

/** A draft someone outside the workspace was invited to help write. */
public record InvitedProject(String workspaceSlug, String workspaceName, long projectId, String title,
                             ProjectStatus status) {
}
