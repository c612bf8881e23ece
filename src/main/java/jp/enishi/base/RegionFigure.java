package jp.enishi.base;

/**
 * A figure the consortium compares regions by, per Japanese fiscal year; label key {@code figure.<NAME>}. Each is
 * counted by the capability that owns its records ({@link RegionFigureSource}), never typed in.
 */
public enum RegionFigure {
    /** Projects first published in the year. */
    PROJECTS_PUBLISHED,
    /** Applications received in the year (accepted nominations included). */
    APPLICATIONS,
    /** Interviews held (scheduled to start) in the year. */
    INTERVIEWS,
    /** Applicants moved to 採用 in the year. */
    HIRES,
    /** People in the region's pool at the year's end (or now, for the current year). */
    POOL_SIZE,
    /** Of them, those shared across the consortium. */
    SHARED_PROFILES,
    /** Nominations the region sent in the year. */
    NOMINATIONS_SENT,
    /** Of the region's nominations, those accepted in the year. */
    NOMINATIONS_ACCEPTED,
    /** 成約: engagements whose terms were confirmed in the year. */
    CONTRACTS
}
