package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

/** The team asked declined applicants whether the workspace may keep them in its talent pool. */
public record PoolRequested(long workspaceId, long projectId, List<Long> userIds, long actorId, Instant at) {

    public PoolRequested {
        userIds = List.copyOf(userIds);
    }
}
