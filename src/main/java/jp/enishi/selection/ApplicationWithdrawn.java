package jp.enishi.selection;

import java.time.Instant;

/** The applicant withdrew their application before a decision (辞退). */
public record ApplicationWithdrawn(long workspaceId, long projectId, long applicationId, long userId, String roleTitle,
                                   Instant at) {
}
