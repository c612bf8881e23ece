package jp.enishi.workspace;

/** An invitation was created; the invitee is told by e-mail, queued in the same transaction. */
public record InvitationIssued(long invitationId, long workspaceId, String workspaceNameJa, String workspaceNameEn,
                               String email, Role role, String link) {
}
