package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

/** The team sent one message to applicants of a project. */
public record ApplicantsMessaged(long workspaceId, long projectId, List<Long> userIds, String text, long actorId,
                                 Instant at) {

    public ApplicantsMessaged {
        userIds = List.copyOf(userIds);
    }
}
