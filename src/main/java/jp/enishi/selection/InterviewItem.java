package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An interview as the team sees it; {@code version} is what recording notes must name. */
public record InterviewItem(long id, Instant startsAt, int minutes, @Nullable String meetingUrl, String interviewers,
                            @Nullable String note, @Nullable Integer rating, long version) {
}
