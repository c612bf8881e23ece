package jp.enishi.engagement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A check-in as it reads: who wrote it from which side, the status, notes and next steps; {@code correctsId} when it
 * corrects an earlier one, {@code correctedById} when a later one corrects it.
 */
public record CheckInLine(long id, Side side, String authorName, CheckInStatus status, String notes,
                          @Nullable String nextSteps, boolean teamOnly, @Nullable Long correctsId,
                          @Nullable Long correctedById, Instant writtenAt) {
}
