package jp.enishi.identity;

/** What other capabilities may know of a user: enough to list them as a member or an invitee. */
public record UserSummary(long id, String email, String displayName) {

    static UserSummary of(User user) {
        return new UserSummary(user.id(), user.email(), user.displayName());
    }
}
