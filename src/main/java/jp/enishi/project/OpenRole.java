package jp.enishi.project;

/** A role of a project open for applications, to nominate someone for (its position in the sheet names it). */
public record OpenRole(long projectId, int rolePosition, String projectTitle, String roleTitle) {
}
