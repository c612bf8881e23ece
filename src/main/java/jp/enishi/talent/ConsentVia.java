package jp.enishi.talent;

/** How a consent to a pool came about, shown to staff as where a person came from; label key {@code via.<NAME>}. */
public enum ConsentVia {
    /** The person joined the pool themselves, from the region's page or /me. */
    SELF,
    /** They said yes to the region's request after its selection (most often an applicant it could not hire). */
    SELECTION,
    /** They stayed on as alumni after an engagement with the region closed. */
    ALUMNI
}
