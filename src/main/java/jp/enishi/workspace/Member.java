package jp.enishi.workspace;

import java.time.Instant;

/** A member as their workspace's other members see them. */
public record Member(long membershipId, long userId, String displayName, String email, Role role, Instant joinedAt) {
}
