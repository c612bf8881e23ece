package jp.enishi.engagement;

import java.time.Instant;

/** The team closed an engagement with an outcome and its review. */
public record EngagementClosed(long workspaceId, long projectId, long engagementId, long userId, Outcome outcome,
                               Instant at) {
}
