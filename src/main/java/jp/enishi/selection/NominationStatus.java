package jp.enishi.selection;

/** Where a nomination (指名) is; label key {@code nomination.status.<NAME>}. Only OPEN changes, once. */
public enum NominationStatus {
    OPEN, ACCEPTED, DECLINED, EXPIRED
}
