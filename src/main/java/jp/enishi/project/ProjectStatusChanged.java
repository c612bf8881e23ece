package jp.enishi.project;

import java.time.Instant;

/** A project moved along its statuses (レビュー, 公開, 終了…); {@link #published()} when it went on the public board. */
public record ProjectStatusChanged(long workspaceId, long projectId, ProjectStatus from, ProjectStatus to, long actorId,
                                   Instant at) {

    public boolean published() {
        return to == ProjectStatus.PUBLISHED;
    }
}
