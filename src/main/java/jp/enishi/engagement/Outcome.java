package jp.enishi.engagement;

/** How an engagement ended; label key {@code engagement.outcome.<NAME>}. */
public enum Outcome {
    COMPLETED, ENDED_EARLY
}
