package jp.enishi.project;

/** Someone on a project's writing team; {@code invited} if they are not a member of the workspace. */
public record TeamMember(long userId, String displayName, String email, boolean invited) {
}
