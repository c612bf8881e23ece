package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A nomination accepted (with the application it made), declined, or expired unanswered: told to who nominated, and
 * on the timeline.
 */
public record NominationAnswered(long workspaceId, long projectId, long nominationId, long userId, String roleTitle,
                                 NominationStatus status, @Nullable Long applicationId, long nominatedBy, Instant at) {
}
