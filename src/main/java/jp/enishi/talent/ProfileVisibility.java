package jp.enishi.talent;

/**
 * Who may see a professional's profile besides what their consents allow; label key {@code visibility.<NAME>}.
 * The default shows it only to the teams of projects they applied to.
 */
public enum ProfileVisibility {
    /** Only the teams of projects they applied to (and the pools they consented to). */
    APPLIED_TEAMS,
    /** Also the staff of every participating municipality, in each one's talent pool. */
    ALL_MUNICIPALITIES
}
