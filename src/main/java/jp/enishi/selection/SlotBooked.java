package jp.enishi.selection;

import java.time.Instant;

/** The applicant booked an interview slot; the booking is the interview. */
public record SlotBooked(long workspaceId, long projectId, long applicationId, long userId, long interviewId,
                         Instant startsAt, Instant at) {
}
