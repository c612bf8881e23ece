package jp.enishi.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A published interview slot as the team sees it: when, how, who interviews, and who booked it, if anyone. */
public record SlotRow(long id, Instant startsAt, int minutes, @Nullable String meetingUrl, @Nullable String place,
                      String interviewers, @Nullable Long applicationId, @Nullable String bookedBy) {
}
