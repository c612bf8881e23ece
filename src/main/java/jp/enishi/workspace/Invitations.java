package jp.enishi.workspace;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import jp.enishi.base.InputCheck;
import jp.enishi.identity.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Issues invitations for the services that may (workspace admins, consortium onboarding). Not an entry point. */
@Component
class Invitations {

    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    Invitations(InvitationRepository invitations, MembershipRepository memberships, UserDirectory users,
                ApplicationEventPublisher events, Clock clock, @Value("${enishi.base-url}") String baseUrl) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Checks the address against the workspace's members and open invitations, adding problems to {@code check}. */
    void checkInvitable(InputCheck check, @Nullable Workspace workspace, String field, String email) {
        check.email(field, email);
        if (workspace == null || check.hasProblem(field)) {
            return;
        }
        String address = InputCheck.normalizeEmail(email);
        users.byEmail(address).ifPresent(user -> {
            if (memberships.existsByWorkspaceIdAndUserId(workspace.id(), user.id())) {
                check.reject(field, "error.already-member");
            }
        });
        if (invitations.existsPending(workspace.id(), address, clock.instant())) {
            check.reject(field, "error.already-invited");
        }
    }

    PendingInvitation issue(Workspace workspace, String email, Role role, @Nullable Long invitedBy) {
        var now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(workspace, InputCheck.normalizeEmail(email), role,
                newToken(), invitedBy, now, now.plus(VALID_FOR)));
        events.publishEvent(new MemberInvited(invitation.id(), workspace.id(), workspace.nameJa(), workspace.nameEn(),
                invitation.email(), role, link(invitation)));
        return toPending(invitation);
    }

    PendingInvitation toPending(Invitation invitation) {
        return new PendingInvitation(invitation.id(), invitation.email(), invitation.role(), invitation.expiresAt(),
                link(invitation));
    }

    private String link(Invitation invitation) {
        return baseUrl + "/invitations/" + invitation.token();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
