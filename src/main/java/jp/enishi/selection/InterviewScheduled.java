package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The team set an interview with the applicant; {@code url} is null for one on site. */
public record InterviewScheduled(long workspaceId, long projectId, long applicationId, long userId, Instant startsAt,
                                 @Nullable String url, long scheduledBy, Instant at) {
}
