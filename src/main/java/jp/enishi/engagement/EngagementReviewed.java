package jp.enishi.engagement;

import java.time.Instant;

/** The professional wrote their side of the closing review. */
public record EngagementReviewed(long workspaceId, long projectId, long engagementId, long userId, boolean again,
                                 Instant at) {
}
