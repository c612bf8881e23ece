package jp.enishi.draft;

/** Where a region's pick of an entrant stands; label key {@code draft.outcome.<NAME>}. */
public enum DraftOutcome {
    /** Before the reveal, or revealed and not yet settled. */
    PENDING,
    /** The person chose this region. */
    CHOSEN,
    /** The person chose another region. */
    NOT_CHOSEN,
    /** The only pick of the person, or drawn by lot: the region negotiates, alone until exclusiveUntil. */
    WON,
    /** Another region was drawn. */
    LOST
}
