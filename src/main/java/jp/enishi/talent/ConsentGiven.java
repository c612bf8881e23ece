package jp.enishi.talent;

import java.time.Instant;

/** A professional consented to a workspace's pool (POOL) or to sharing across the consortium (CONSORTIUM). */
public record ConsentGiven(long workspaceId, long userId, ConsentPurpose purpose, Instant at) {
}
