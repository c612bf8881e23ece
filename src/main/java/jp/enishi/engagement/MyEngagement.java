package jp.enishi.engagement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One of the professional's engagements on /me: with which region, for what, how far, what is due; whether their
 * closing review is wanted and whether the region invites them to stay on in its pool.
 */
public record MyEngagement(long id, String regionName, String projectTitle, String roleTitle, EngagementStatus status,
                           LocalDate startsOn, LocalDate endsOn, @Nullable LocalDate nextCheckInOn, boolean overdue,
                           boolean reviewWanted, boolean alumniInvited) {
}
