package jp.enishi.selection;

import java.time.Instant;

/** The professional answered a pool request; a yes is also a consent to the workspace's pool. */
public record PoolRequestAnswered(long workspaceId, long projectId, long applicationId, long userId, long askedBy,
                                  boolean yes, Instant at) {
}
