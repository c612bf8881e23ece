package jp.enishi.engagement;

/** Who wrote a check-in or a review: the region's team or the professional; label key {@code engagement.side.<NAME>}. */
public enum Side {
    TEAM, PROFESSIONAL
}
