package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An interview as the applicant sees it. */
public record MyInterview(Instant startsAt, int minutes, @Nullable String meetingUrl) {
}
