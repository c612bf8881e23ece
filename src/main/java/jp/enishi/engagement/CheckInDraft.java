package jp.enishi.engagement;

import org.jspecify.annotations.Nullable;

/** A check-in as a form sends it; {@code teamOnly} only counts for the team's. */
public record CheckInDraft(@Nullable CheckInStatus status, @Nullable String notes, @Nullable String nextSteps,
                           boolean teamOnly) {

    public static final int NOTES_MAX = 4000;
    public static final int NEXT_STEPS_MAX = 2000;
}
