package jp.enishi.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.base.ui.NotFoundView;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.workspace.Member;
import jp.enishi.workspace.PendingInvitation;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.ui.InvitationView;
import jp.enishi.workspace.ui.MembersView;
import jp.enishi.workspace.ui.WorkspaceHomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspacePagesTest extends KaribuTest {

    @Autowired TestWorkspaces teams;

    @Autowired jp.enishi.TestProjects testProjects;

    @Test
    void staff_land_in_their_workspace_after_signing_in() {
        signIn.as("suzuki@shiojiri.example");
        open("start");
        current(WorkspaceHomeView.class);
        assertThat(_get(H1.class, spec -> spec.withId("workspace-name")).getText()).isEqualTo("塩尻市");
        @SuppressWarnings("unchecked") Grid<Member> members = _get(Grid.class, spec -> spec.withId("members"));
        assertThat(_size(members)).isGreaterThanOrEqualTo(4);
        // Staff see members but not member management.
        _assertNone(Select.class, spec -> spec.withId("workspace-switcher"));
    }

    @Test
    void the_drawer_lists_exactly_the_workspaces_of_the_signed_in_user() {
        signInAs("sato@meguru.example");
        open("me");
        assertThat(drawerLinks()).contains("塩尻市=w/shiojiri", "鳥取県=w/tottori")
                .noneMatch(link -> link.contains("kamishihoro") || link.contains("nanto"));

        signInAs("hanako@pro.example");
        open("me");
        assertThat(drawerLinks()).contains("マイページ=me").noneMatch(link -> link.contains("=w/"));
    }

    @Test
    void a_workspace_joined_while_signed_in_is_in_the_drawer_on_the_next_page() {
        var team = teams.create("drawer-join");
        String newcomer = testProjects.professional("drawer-newcomer");
        signInAs(newcomer);
        open("me");
        assertThat(drawerLinks()).noneMatch(link -> link.contains("=w/" + team.slug()));
        teams.join(team, newcomer, Role.STAFF);
        signIn.as(newcomer);
        com.vaadin.flow.component.UI.getCurrent().navigate("projects");
        assertThat(drawerLinks()).as("no reload needed").anyMatch(link -> link.endsWith("=w/" + team.slug()));
    }

    private static List<String> drawerLinks() {
        return _find(SideNavItem.class).stream().map(item -> item.getLabel() + "=" + item.getPath()).toList();
    }

    @Test
    void a_professional_without_a_workspace_lands_on_their_own_page() {
        signIn.as("hanako@pro.example");
        open("start");
        current(ProfileView.class);
    }

    @Test
    void staff_of_one_workspace_are_denied_another_without_learning_anything_of_it() {
        signIn.as("suzuki@shiojiri.example");
        open("w/kamishihoro");
        current(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("アクセス権がありません");
        _assertNone(H1.class, spec -> spec.withText("上士幌町"));

        open("w/kamishihoro/members");
        current(ForbiddenView.class);
    }

    @Test
    void an_unknown_workspace_is_not_found() {
        signIn.as("suzuki@shiojiri.example");
        open("w/atlantis");
        current(NotFoundView.class);
    }

    @Test
    void a_coordinator_switches_between_their_workspaces() {
        signIn.as("sato@meguru.example");
        open("w/shiojiri");
        @SuppressWarnings("unchecked") Select<Object> switcher = _get(Select.class, spec -> spec.withId("workspace-switcher"));
        assertThat(switcher.getListDataView().getItemCount()).isEqualTo(2);
        Object tottori = switcher.getListDataView().getItems()
                .filter(w -> ((jp.enishi.workspace.MyWorkspace) w).workspace().slug().equals("tottori")).findFirst().orElseThrow();
        _setValue(switcher, tottori);
        current(WorkspaceHomeView.class);
        assertThat(_get(H1.class, spec -> spec.withId("workspace-name")).getText()).isEqualTo("鳥取県");
    }

    @Test
    void non_admins_cannot_open_member_management() {
        signIn.as("suzuki@shiojiri.example");
        open("w/shiojiri/members");
        current(ForbiddenView.class);
    }

    @Test
    void an_admin_changes_a_role_and_removes_a_member_from_the_member_list() {
        var team = teams.create("kawakami");
        String member = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        open("w/" + team.slug() + "/members");
        current(MembersView.class);
        @SuppressWarnings("unchecked") Grid<Member> grid = _get(Grid.class, spec -> spec.withId("member-admin"));
        int row = IntStream.range(0, _size(grid))
                .filter(r -> _get(grid, r).email().equals(member)).findFirst().orElseThrow();
        Component cell = _getCellComponent(grid, row, "member");

        @SuppressWarnings("unchecked") Select<Role> role = _get(cell, Select.class, spec -> spec.withId("role-" + _get(grid, row).membershipId()));
        _setValue(role, Role.COORDINATOR);
        assertThat(teams.roleOf(team, member)).contains(Role.COORDINATOR);

        _click(_get(cell, Button.class, spec -> spec.withText("外す")));
        assertThat(teams.roleOf(team, member)).isEmpty();
    }

    @Test
    void an_admin_invites_a_member_who_accepts_from_the_link() {
        var team = teams.create("takato");
        String invitee = signIn.newUser("invitee");
        signIn.as(team.admin());
        open("w/" + team.slug() + "/members");
        current(MembersView.class);

        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), "bad address");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(_get(EmailField.class, spec -> spec.withId("invite-email")).getErrorMessage()).contains("形式");

        _setValue(_get(EmailField.class, spec -> spec.withId("invite-email")), invitee);
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        @SuppressWarnings("unchecked") Grid<PendingInvitation> pending = _get(Grid.class, spec -> spec.withId("pending-invitations"));
        PendingInvitation invitation = _get(pending, 0);
        assertThat(invitation.email()).isEqualTo(invitee);
        assertThat(invitation.role()).isEqualTo(Role.STAFF);

        signIn.as(invitee);
        open("invitations/" + TestWorkspaces.token(invitation.link()));
        current(InvitationView.class);
        _click(_get(Button.class, spec -> spec.withId("accept-invitation")));
        current(WorkspaceHomeView.class);
        assertThat(_get(H1.class, spec -> spec.withId("workspace-name")).getText()).isEqualTo("takato町");
    }

    @Test
    void an_invitation_link_opened_by_another_account_names_no_workspace() {
        var team = teams.create("tatsuno");
        signIn.as(team.admin());
        PendingInvitation invitation = teams.invite(team, "someone-else@test.example");
        signIn.newUser("stranger");
        open("invitations/" + TestWorkspaces.token(invitation.link()));
        current(InvitationView.class);
        _assertNone(Button.class, spec -> spec.withId("accept-invitation"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .containsExactly("この招待は別のメールアドレス宛てです。招待されたアドレスでログインしてください。")
                .noneMatch(text -> text.contains("tatsuno"));
    }
}
