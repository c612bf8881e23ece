package jp.enishi.selection;

import java.time.Instant;

/** Someone of a project's team opening the professional's application and profile: who, for which project, when. */
public record ProfileOpening(String viewer, String workspaceName, String projectTitle, Instant at) {
}
