package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

/** The team invited applicants of a project to book one of its interview slots. */
public record SlotsOffered(long workspaceId, long projectId, List<Long> userIds, long actorId, Instant at) {

    public SlotsOffered {
        userIds = List.copyOf(userIds);
    }
}
