package jp.enishi.engagement;

/** What falls due on an engagement's cadence; label key {@code engagement.due.<NAME>}. */
public enum DueItem {
    CHECK_IN, VISIT
}
