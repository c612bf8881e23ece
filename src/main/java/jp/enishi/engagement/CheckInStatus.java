package jp.enishi.engagement;

/** How a check-in finds the work: 順調, 要注意, 停滞; label key {@code engagement.health.<NAME>}. */
public enum CheckInStatus {
    ON_TRACK, AT_RISK, BLOCKED;

    /** At risk or blocked: the overview lists it first. */
    public boolean needsAttention() {
        return this != ON_TRACK;
    }
}
