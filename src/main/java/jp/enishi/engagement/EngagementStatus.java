package jp.enishi.engagement;

/** Where an engagement is in its life; label key {@code engagement.status.<NAME>}. */
public enum EngagementStatus {
    /** Opened by the 採用; the team has not confirmed its terms yet (条件確認中). */
    DRAFT,
    /** Terms confirmed: check-ins, visits and travel run (伴走中). */
    ACTIVE,
    /** Closed with an outcome and the region's review (終了). */
    CLOSED,
    /** The hire was taken back (取消). */
    CANCELLED
}
