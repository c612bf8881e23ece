package jp.enishi.selection;

import java.time.Instant;

/** A workspace's request to keep the signed-in professional in its talent pool, as they see it. */
public record MyPoolRequest(long id, String workspaceName, String projectTitle, Instant askedAt, PoolAsk state) {
}
