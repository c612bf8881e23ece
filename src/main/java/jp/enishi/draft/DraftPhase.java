package jp.enishi.draft;

/** Where a round is on a given day; label key {@code draft.phase.<NAME>}. */
public enum DraftPhase {
    UPCOMING, ENTRY, BETWEEN, NOMINATION, AWAITING_REVEAL, REVEALED
}
