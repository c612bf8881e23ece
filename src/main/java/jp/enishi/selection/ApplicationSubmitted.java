package jp.enishi.selection;

import java.time.Instant;

/** A professional applied to a role of a project. */
public record ApplicationSubmitted(long workspaceId, long projectId, long applicationId, long userId, String roleTitle,
                                   Instant at) {
}
