package jp.enishi.workspace;

import java.time.Instant;

/** An invitation not yet accepted; the link is what the invitee receives by e-mail. */
public record PendingInvitation(long id, String email, Role role, Instant expiresAt, String link) {
}
