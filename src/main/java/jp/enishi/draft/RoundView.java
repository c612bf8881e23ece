package jp.enishi.draft;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A round as anyone may see it: windows, rule, phase today, the seed once drawn, and how many took part. */
public record RoundView(long id, String title, DraftRule rule, int exclusiveMonths, LocalDate entryOpens,
                        LocalDate entryCloses, LocalDate nominationOpens, LocalDate nominationCloses, LocalDate revealOn,
                        DraftPhase phase, @Nullable Long seed, @Nullable Instant drawnAt, long entrants, long picks) {

    /** The lottery may run: revealed, lottery rule, not drawn yet. */
    public boolean drawable() {
        return rule == DraftRule.LOTTERY && phase == DraftPhase.REVEALED && drawnAt == null;
    }
}
