package jp.enishi.workspace;

/** No invitation has this token (never had one, or it was revoked). */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException() {
        super("No such invitation");
    }
}
