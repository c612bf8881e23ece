package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One interview on an interviewer's day: when, with whom, for which project, online or where. */
public record DayItem(Instant startsAt, int minutes, long applicationId, String applicant, String projectTitle,
                      @Nullable String meetingUrl, @Nullable String place, String interviewers) {
}
