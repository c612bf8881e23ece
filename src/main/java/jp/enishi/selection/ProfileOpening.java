package jp.enishi.selection;

import java.time.Instant;

/**
 * Someone of a project's team opening the professional's application and profile: who, for which project, when
 * (the last time, where {@code count} openings of one day are shown as one line).
 */
public record ProfileOpening(String viewer, String workspaceName, String projectTitle, Instant at, int count) {
}
