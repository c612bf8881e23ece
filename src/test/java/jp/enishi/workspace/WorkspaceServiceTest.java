package jp.enishi.workspace;

import java.time.Duration;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnishiTest
class WorkspaceServiceTest {

    @Autowired WorkspaceService workspaces;
    @Autowired InvitationService invitations;
    @Autowired WorkspaceDirectory directory;
    @Autowired TestWorkspaces teams;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;

    @AfterEach
    void tearDown() {
        signIn.out();
        clock.reset();
    }

    @Test
    void an_invited_person_who_accepts_becomes_a_member_with_the_invited_role() {
        Team team = teams.create("hokuto");
        String coordinator = teams.addMember(team, Role.COORDINATOR);

        signIn.as(coordinator);
        WorkspaceHome home = workspaces.home(team.slug());
        assertThat(home.myRole()).isEqualTo(Role.COORDINATOR);
        assertThat(home.members()).extracting(Member::email).containsExactlyInAnyOrder(team.admin(), coordinator);
        assertThat(directory.mine()).extracting(m -> m.workspace().slug()).containsExactly(team.slug());
    }

    @Test
    void a_coordinator_in_two_workspaces_sees_both_in_the_switcher() {
        Team a = teams.create("saku");
        Team b = teams.create("ina");
        String coordinator = teams.addMember(a, Role.COORDINATOR);
        teams.join(b, coordinator, Role.COORDINATOR);

        signIn.as(coordinator);
        assertThat(directory.mine()).extracting(m -> m.workspace().slug()).containsExactlyInAnyOrder(a.slug(), b.slug());
    }

    @Test
    void only_admins_invite_change_roles_and_remove() {
        Team team = teams.create("matsu");
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        long staffMembership = membershipOf(team, staff);

        signIn.as(staff);
        assertThatThrownBy(() -> workspaces.invite(team.slug(), "someone@test.example", Role.STAFF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspaces.changeRole(team.slug(), staffMembership, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspaces.removeMember(team.slug(), staffMembership))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspaces.pendingInvitations(team.slug())).isInstanceOf(AccessDeniedException.class);

        signIn.as(team.admin());
        workspaces.changeRole(team.slug(), staffMembership, Role.THEME_OWNER);
        assertThat(roleOf(team, staff)).isEqualTo(Role.THEME_OWNER);
        workspaces.removeMember(team.slug(), staffMembership);
        assertThat(workspaces.home(team.slug()).members()).extracting(Member::email).doesNotContain(staff);
    }

    @Test
    void the_last_admin_can_be_neither_demoted_nor_removed() {
        Team team = teams.create("azumi");
        signIn.as(team.admin());
        long admin = membershipOf(team, team.admin());

        assertThatThrownBy(() -> workspaces.changeRole(team.slug(), admin, Role.STAFF))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("error.last-admin");
        assertThatThrownBy(() -> workspaces.removeMember(team.slug(), admin))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("error.last-admin");
        assertThat(roleOf(team, team.admin())).isEqualTo(Role.ADMIN);
    }

    @Test
    void malformed_duplicate_and_member_addresses_are_refused_on_the_email_field() {
        Team team = teams.create("kiso");
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());

        assertRejected(() -> workspaces.invite(team.slug(), "not-an-address", Role.STAFF), "email", "error.email-malformed");
        assertRejected(() -> workspaces.invite(team.slug(), "", Role.STAFF), "email", "error.required");
        assertRejected(() -> workspaces.invite(team.slug(), "x".repeat(250) + "@a.jp", Role.STAFF), "email", "error.email-malformed");
        assertRejected(() -> workspaces.invite(team.slug(), staff.toUpperCase(), Role.STAFF), "email", "error.already-member");

        workspaces.invite(team.slug(), "Newcomer@Test.Example ", Role.STAFF);
        assertRejected(() -> workspaces.invite(team.slug(), "newcomer@test.example", Role.STAFF), "email", "error.already-invited");
        assertThat(workspaces.pendingInvitations(team.slug())).extracting(PendingInvitation::email)
                .containsExactly("newcomer@test.example");
    }

    @Test
    void an_invitation_for_another_address_makes_nobody_a_member() {
        Team team = teams.create("okaya");
        signIn.as(team.admin());
        String link = workspaces.invite(team.slug(), "intended@test.example", Role.STAFF).link();

        String other = signIn.newUser("forwarded");
        String token = TestWorkspaces.token(link);
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.OTHER_ACCOUNT);
        assertRejected(() -> invitations.accept(token), "invitation", "error.invitation-other-account");
        assertThat(directory.mine()).isEmpty();
        assertThat(other).isNotBlank();
    }

    @Test
    void an_expired_invitation_cannot_be_accepted() {
        Team team = teams.create("suwa");
        String invitee = signIn.newUser("late");
        signIn.as(team.admin());
        String token = TestWorkspaces.token(workspaces.invite(team.slug(), invitee, Role.STAFF).link());

        clock.advance(Invitations.VALID_FOR.plus(Duration.ofMinutes(1)));
        signIn.as(invitee);
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.EXPIRED);
        assertRejected(() -> invitations.accept(token), "invitation", "error.invitation-expired");
        assertThat(directory.mine()).isEmpty();
    }

    @Test
    void a_revoked_invitation_link_stops_working() {
        Team team = teams.create("chino");
        String invitee = signIn.newUser("revoked");
        signIn.as(team.admin());
        PendingInvitation invitation = workspaces.invite(team.slug(), invitee, Role.STAFF);
        workspaces.revokeInvitation(team.slug(), invitation.id());

        signIn.as(invitee);
        assertThatThrownBy(() -> invitations.accept(TestWorkspaces.token(invitation.link())))
                .isInstanceOf(InvitationNotFoundException.class);
    }

    @Test
    void an_unknown_slug_is_not_found_and_a_foreign_one_is_denied() {
        Team mine = teams.create("iida");
        Team theirs = teams.create("nagiso");
        signIn.as(mine.admin());

        assertThatThrownBy(() -> workspaces.home("no-such-town")).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.home(theirs.slug()))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(theirs.slug()));
    }

    private long membershipOf(Team team, String email) {
        return workspaces.home(team.slug()).members().stream().filter(m -> m.email().equals(email)).findFirst()
                .orElseThrow().membershipId();
    }

    private Role roleOf(Team team, String email) {
        signIn.as(team.admin());
        return workspaces.home(team.slug()).members().stream().filter(m -> m.email().equals(email)).findFirst()
                .orElseThrow().role();
    }

    static void assertRejected(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InputRejectedException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.messageKey()).isEqualTo(messageKey);
                }));
    }
}
