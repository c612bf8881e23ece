package jp.enishi.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A round as a professional sees it on /me: open for entry, or entered — with, after the reveal, every region's pick
 * of them side by side.
 */
public record MyRound(RoundView round, @Nullable String introduction, @Nullable String seeking,
                      List<Pick> picks) {

    public boolean entered() {
        return introduction != null;
    }

    /** A region's pick as its entrant sees it after the reveal. */
    public record Pick(long id, String region, String message, @Nullable String offer, DraftOutcome outcome,
                       @Nullable LocalDate exclusiveUntil, Instant pickedAt) {
    }
}
