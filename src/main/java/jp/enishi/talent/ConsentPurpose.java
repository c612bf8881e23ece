package jp.enishi.talent;

/**
 * What a professional may allow one workspace; the words agreed to are {@code consent.purpose.<NAME>} and are kept
 * with the consent as shown at the time.
 */
public enum ConsentPurpose {
    /** The workspace may keep the profile in its talent pool and contact them about future projects. */
    POOL,
    /** Through that pool, staff of the consortium's other regions may see the profile too. Needs POOL. */
    CONSORTIUM
}
