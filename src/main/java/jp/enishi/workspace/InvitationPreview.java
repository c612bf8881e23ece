package jp.enishi.workspace;

/** What the invitee sees before accepting. The workspace is shown only to the right account. */
public record InvitationPreview(Status status, WorkspaceSummary workspace, Role role) {

    public enum Status {
        /** Valid, for this account: may be accepted. */
        OPEN,
        /** Already accepted; the workspace is the caller's. */
        ACCEPTED,
        EXPIRED,
        /** Sent to another address than the signed-in account's. */
        OTHER_ACCOUNT
    }

    public boolean acceptable() {
        return status == Status.OPEN;
    }
}
