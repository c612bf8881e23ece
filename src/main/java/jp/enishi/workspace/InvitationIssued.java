package jp.enishi.workspace;

/** An invitation was created; after the transaction commits, the invitee is told by e-mail. */
public record InvitationIssued(long invitationId, String workspaceNameJa, String workspaceNameEn, String email,
                               Role role, String link) {
}
