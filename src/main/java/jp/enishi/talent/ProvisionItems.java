package jp.enishi.talent;

/** What of a profile a region received; label key {@code provision.items.<NAME>}. */
public enum ProvisionItems {
    /** A search hit: headline, skills, availability, work style, regions of interest, where they came from. */
    SUMMARY,
    /** The whole profile, opened on its page. */
    PROFILE,
    /** The profile, used to nominate them (指名) for a role. */
    NOMINATION
}
