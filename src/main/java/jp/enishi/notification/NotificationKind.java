package jp.enishi.notification;

/**
 * What a notice is about; texts are {@code notification.<NAME>.title} and {@code .body}. Each kind's arguments are
 * listed where it is sent.
 */
public enum NotificationKind {
    APPLICATION_RECEIVED, APPLICATION_WITHDRAWN, STAGE_CHANGED, INTERVIEW_INVITED, POOL_REQUEST, POOL_ANSWERED, MESSAGE, POOL_MESSAGE, REVIEW_COMMENT,
    DECISION_REOPENED, SLOTS_OFFERED, SLOT_BOOKED, NOMINATED, NOMINATION_ANSWERED,
    DRAFT_REVEALED, DRAFT_REVEALED_REGION
}
