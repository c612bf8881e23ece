package jp.enishi.relationship;

/** What happened between a person and a region; the label key is {@code relationship.kind.<NAME>}. */
public enum RelationshipKind {
    CO_WROTE, APPLIED, STAGE_CHANGED, INTERVIEW, HIRED, DECLINED, WITHDREW, JOINED_POOL, LEFT_POOL, SHARED, UNSHARED,
    MESSAGED, NOMINATED, NOMINATION_ANSWERED, ENGAGEMENT_STARTED, ENGAGEMENT_CLOSED, ENGAGEMENT_REVIEWED
}
