package jp.enishi.draft;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A round as the consortium admin fills it in; {@link DraftRounds#create} judges it whole. */
public record NewRound(@Nullable String title, @Nullable DraftRule rule, @Nullable Integer exclusiveMonths,
                       @Nullable LocalDate entryOpens, @Nullable LocalDate entryCloses,
                       @Nullable LocalDate nominationOpens, @Nullable LocalDate nominationCloses,
                       @Nullable LocalDate revealOn) {
}
