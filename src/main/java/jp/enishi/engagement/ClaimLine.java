package jp.enishi.engagement;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A travel claim as both sides read it. */
public record ClaimLine(long id, LocalDate tripOn, String route, int amountYen, @Nullable String receiptNote,
                        ClaimStatus status, @Nullable String decisionNote, Instant submittedAt) {
}
