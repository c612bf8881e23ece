package jp.enishi.workspace;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.enishi.base.InputCheck;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.RecordGoneException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.identity.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's home and its members. Every method starts with {@link WorkspaceAccess#require}: any member may
 * look, only admins change membership.
 */
@Service
@Transactional
@WorkspaceScoped
public class WorkspaceService {


    private final WorkspaceAccess access;
    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final InvitationRepository invitationRepository;
    private final Invitations invitations;
    private final UserDirectory users;
    private final Clock clock;

    WorkspaceService(WorkspaceAccess access, WorkspaceRepository workspaces, MembershipRepository memberships,
                     InvitationRepository invitationRepository, Invitations invitations, UserDirectory users,
                     Clock clock) {
        this.access = access;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.invitationRepository = invitationRepository;
        this.invitations = invitations;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WorkspaceHome home(String workspaceSlug) {
        var caller = access.require(workspaceSlug, Permission.WORKSPACE_OPEN);
        Workspace workspace = workspaces.getReferenceById(caller.workspaceId());
        List<Membership> all = memberships.findAllInWorkspace(caller.workspaceId());
        Map<Long, UserSummary> people = users.byIds(all.stream().map(Membership::userId).toList());
        List<Member> members = all.stream()
                .filter(m -> people.containsKey(m.userId()))
                .map(m -> {
                    UserSummary user = people.get(m.userId());
                    return new Member(m.id(), user.id(), user.displayName(), user.email(), m.role(), m.joinedAt());
                })
                .sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName))
                .toList();
        return new WorkspaceHome(WorkspaceSummary.of(workspace), caller.role(), members);
    }

    /** Whether selection in this workspace needs an interview before 採用; admins only. */
    @Transactional(readOnly = true)
    public boolean interviewRequired(String workspaceSlug) {
        var caller = access.require(workspaceSlug, Permission.WORKSPACE_SETTINGS);
        return workspaces.getReferenceById(caller.workspaceId()).interviewRequired();
    }

    public void requireInterview(String workspaceSlug, boolean required) {
        var caller = access.require(workspaceSlug, Permission.WORKSPACE_SETTINGS);
        workspaces.getReferenceById(caller.workspaceId()).requireInterview(required);
    }

    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingInvitations(String workspaceSlug) {
        var caller = access.require(workspaceSlug, Permission.MEMBERS_MANAGE);
        return invitationRepository.findPending(caller.workspaceId(), clock.instant()).stream()
                .map(invitations::toPending).toList();
    }

    /** Invites an address to the workspace; the invitee accepts after signing in with that address. */
    public PendingInvitation invite(String workspaceSlug, String email, Role role) {
        var caller = access.require(workspaceSlug, Permission.MEMBERS_MANAGE);
        Workspace workspace = workspaces.getReferenceById(caller.workspaceId());
        InputCheck check = new InputCheck();
        invitations.checkInvitable(check, workspace, "email", email);
        check.throwIfAny();
        return invitations.issue(workspace, email, role, caller.userId());
    }

    /** Withdraws an invitation: its link stops working at once. */
    public void revokeInvitation(String workspaceSlug, long invitationId) {
        var caller = access.require(workspaceSlug, Permission.MEMBERS_MANAGE);
        Invitation invitation = invitationRepository.findInWorkspace(caller.workspaceId(), invitationId)
                .orElseThrow(() -> new RecordGoneException("invitation " + invitationId, "error.invitation-gone"));
        invitationRepository.delete(invitation);
    }

    public void changeRole(String workspaceSlug, long membershipId, Role role) {
        var caller = access.require(workspaceSlug, Permission.MEMBERS_MANAGE);
        Membership membership = memberInWorkspace(caller.workspaceId(), membershipId);
        if (membership.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(caller.workspaceId());
        }
        membership.changeRole(role);
    }

    public void removeMember(String workspaceSlug, long membershipId) {
        var caller = access.require(workspaceSlug, Permission.MEMBERS_MANAGE);
        Membership membership = memberInWorkspace(caller.workspaceId(), membershipId);
        if (membership.role() == Role.ADMIN) {
            requireAnotherAdmin(caller.workspaceId());
        }
        memberships.delete(membership);
    }

    private Membership memberInWorkspace(long workspaceId, long membershipId) {
        return memberships.findInWorkspace(workspaceId, membershipId)
                .orElseThrow(() -> new RecordGoneException("membership " + membershipId, "error.member-gone"));
    }

    /** A workspace always keeps an admin, or nobody could invite again. */
    private void requireAnotherAdmin(long workspaceId) {
        if (memberships.countByWorkspaceIdAndRole(workspaceId, Role.ADMIN) <= 1) {
            throw new InputRejectedException("role", "error.last-admin");
        }
    }
}
