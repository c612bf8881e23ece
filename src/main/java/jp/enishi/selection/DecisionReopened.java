package jp.enishi.selection;

import java.time.Instant;

/** An admin took back a 採用 or 見送り made by mistake; the applicant is back at {@code back}. */
public record DecisionReopened(long workspaceId, long projectId, long applicationId, long userId, Stage decided,
                               Stage back, long actorId, Instant at) {
}
