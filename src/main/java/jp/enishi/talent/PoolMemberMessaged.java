package jp.enishi.talent;

import java.time.Instant;

/** A workspace wrote to someone in its talent pool ("keep in touch"). */
public record PoolMemberMessaged(long workspaceId, long userId, String text, long actorId, Instant at) {
}
