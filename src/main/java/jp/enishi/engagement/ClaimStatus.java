package jp.enishi.engagement;

/** A travel claim: submitted, then approved or rejected by staff; label key {@code engagement.claim.<NAME>}. */
public enum ClaimStatus {
    SUBMITTED, APPROVED, REJECTED
}
