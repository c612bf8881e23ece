package jp.enishi.selection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The team moved applicants of one project to a stage, in one action: one event for all of them, so that listeners
 * can do their work once (one notice rendered for all, their addresses read in one query).
 */
public record StageChanged(long workspaceId, long projectId, Stage to, long actorId, Instant at, List<Moved> moved) {

    public StageChanged {
        moved = List.copyOf(moved);
    }

    public record Moved(long applicationId, long userId, @Nullable Stage from) {
    }

    public List<Long> userIds() {
        return moved.stream().map(Moved::userId).toList();
    }
}
