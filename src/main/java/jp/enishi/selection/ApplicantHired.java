package jp.enishi.selection;

import java.time.Instant;

/** 採用: the team hired the applicant for the role (also part of a {@link StageChanged}). */
public record ApplicantHired(long workspaceId, long projectId, long applicationId, long userId, String roleTitle,
                             long hiredBy, Instant at) {
}
