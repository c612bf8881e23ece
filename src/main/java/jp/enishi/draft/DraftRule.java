package jp.enishi.draft;

/** How a round settles a person picked by several regions; label key {@code draft.rule.<NAME>}. */
public enum DraftRule {
    /** The person chooses among their picks (the default: it is their consent). */
    PERSON_CHOOSES,
    /** Kyushu's rule: a seeded lottery between the regions; the winner negotiates alone for a while. */
    LOTTERY
}
