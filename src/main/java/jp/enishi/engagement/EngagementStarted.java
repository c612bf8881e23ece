package jp.enishi.engagement;

import java.time.Instant;

/** The team confirmed an engagement's terms: it runs, and counts as one 成約. */
public record EngagementStarted(long workspaceId, long projectId, long engagementId, long userId, String roleTitle,
                                Instant at) {
}
