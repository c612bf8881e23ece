package jp.enishi.workspace;

import java.time.Clock;

import jp.enishi.base.InputRejectedException;
import jp.enishi.identity.CurrentUser;
import jp.enishi.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation: the token proves the invitee read the e-mail, and the signed-in account must have the
 * invited address, so a forwarded or guessed link makes nobody a member.
 */
@Service
@Transactional
public class InvitationService {

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, MembershipRepository memberships, UserDirectory users,
                      CurrentUser currentUser, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Invitation invitation = invitations.findByToken(token).orElseThrow(InvitationNotFoundException::new);
        return new InvitationPreview(status(invitation), WorkspaceSummary.of(invitation.workspace()), invitation.role());
    }

    /** Makes the caller a member; returns the workspace's slug. */
    public String accept(String token) {
        Invitation invitation = invitations.findByToken(token).orElseThrow(InvitationNotFoundException::new);
        switch (status(invitation)) {
            case OPEN -> {
                Workspace workspace = invitation.workspace();
                long userId = currentUser.requireId();
                if (!memberships.existsByWorkspaceIdAndUserId(workspace.id(), userId)) {
                    memberships.save(new Membership(workspace, userId, invitation.role(), clock.instant()));
                }
                invitation.accept(userId, clock.instant());
                return workspace.slug();
            }
            case ACCEPTED -> {
                return invitation.workspace().slug();
            }
            case EXPIRED -> throw new InputRejectedException("invitation", "error.invitation-expired");
            default -> throw new InputRejectedException("invitation", "error.invitation-other-account");
        }
    }

    private InvitationPreview.Status status(Invitation invitation) {
        long userId = currentUser.requireId();
        String email = users.byId(userId).orElseThrow().email();
        if (!invitation.email().equals(email)) {
            return InvitationPreview.Status.OTHER_ACCOUNT;
        }
        if (invitation.isAccepted()) {
            return InvitationPreview.Status.ACCEPTED;
        }
        return invitation.isExpired(clock.instant()) ? InvitationPreview.Status.EXPIRED : InvitationPreview.Status.OPEN;
    }
}
