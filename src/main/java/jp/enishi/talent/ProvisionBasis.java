package jp.enishi.talent;

/** What a provision rested on; label key {@code provision.basis.<NAME>}. */
public enum ProvisionBasis {
    /** The person's consent to share a region's pool with the consortium (ConsentPurpose.CONSORTIUM). */
    CONSORTIUM_CONSENT,
    /** Their own setting: profile shown to every participating municipality (ProfileVisibility.ALL_MUNICIPALITIES). */
    OPEN_PROFILE
}
