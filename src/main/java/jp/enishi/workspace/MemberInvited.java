package jp.enishi.workspace;

/** Someone was invited to join a workspace in a role; the invitee is told by e-mail, queued in the same transaction. */
public record MemberInvited(long invitationId, long workspaceId, String workspaceNameJa, String workspaceNameEn,
                               String email, Role role, String link) {
}
