package jp.enishi.workspace;

import jp.enishi.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant check every workspace-scoped service method starts with: the caller must be a member of the workspace
 * named by the slug, in one of the allowed roles. An unknown slug is "not found"; a workspace the caller does not
 * belong to is "access denied", with nothing about it in the message.
 */
@Component
@Transactional(readOnly = true)
public class WorkspaceAccess {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    WorkspaceAccess(WorkspaceRepository workspaces, MembershipRepository memberships, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /**
     * The caller's access to the workspace, read once with what callers need of the workspace itself; refused unless
     * their role has {@code permission} ({@link Role#may}).
     */
    public Access require(String workspaceSlug, Permission permission) {
        long userId = currentUser.requireId();
        Membership membership = memberships.findBySlugAndUser(workspaceSlug, userId).orElseThrow(() -> {
            if (!workspaces.existsBySlug(workspaceSlug)) {
                return new WorkspaceNotFoundException(workspaceSlug);
            }
            return new AccessDeniedException("Not a member of this workspace");
        });
        return access(membership, userId).require(permission);
    }

    /**
     * The caller's membership in the workspace, or empty if they are not a member — for capabilities that also admit
     * some outsiders to some things (a professional invited to write one project's sheet). Unknown slug: not found.
     */
    public java.util.Optional<Access> find(String workspaceSlug) {
        long userId = currentUser.requireId();
        var membership = memberships.findBySlugAndUser(workspaceSlug, userId);
        if (membership.isEmpty() && !workspaces.existsBySlug(workspaceSlug)) {
            throw new WorkspaceNotFoundException(workspaceSlug);
        }
        return membership.map(m -> access(m, userId));
    }

    private static Access access(Membership membership, long userId) {
        Workspace w = membership.workspace();
        return new Access(w.id(), w.slug(), userId, membership.role(), w.nameJa(), w.nameEn(), w.interviewRequired());
    }

    /** The workspace's id; unknown slug: not found. Says nothing about the caller's rights. */
    public long idOf(String workspaceSlug) {
        return workspaces.findBySlug(workspaceSlug).map(Workspace::id)
                .orElseThrow(() -> new WorkspaceNotFoundException(workspaceSlug));
    }

    /** Whether the workspace's selection needs an interview before 採用. Says nothing about the caller's rights. */
    public boolean interviewRequired(long workspaceId) {
        return workspaces.findById(workspaceId).map(Workspace::interviewRequired).orElse(true);
    }

    /** Which of these users are members of the workspace; for telling a team's insiders from invited outsiders. */
    public java.util.Set<Long> membersAmong(long workspaceId, java.util.Collection<Long> userIds) {
        return userIds.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(memberships.membersAmong(workspaceId, userIds));
    }

    /**
     * Who is acting in which workspace, as established by {@link #require}, with the workspace's names and its
     * selection rule (an interview before 採用) so that no caller reads the row again.
     */
    public record Access(long workspaceId, String workspaceSlug, long userId, Role role, String workspaceNameJa,
                         String workspaceNameEn, boolean interviewRequired) {

        public boolean may(Permission permission) {
            return role.may(permission);
        }

        /** The same access, refused unless the role has the permission. */
        public Access require(Permission permission) {
            if (!role.may(permission)) {
                throw new AccessDeniedException("Role " + role + " may not " + permission);
            }
            return this;
        }
    }
}
