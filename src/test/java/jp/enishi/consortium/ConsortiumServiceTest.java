package jp.enishi.consortium;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestWorkspaces;
import jp.enishi.base.InputRejectedException;
import jp.enishi.workspace.MunicipalityKind;
import jp.enishi.workspace.NewWorkspace;
import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceOverview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnishiTest
class ConsortiumServiceTest {

    @Autowired ConsortiumService consortium;
    @Autowired WorkspaceDirectory directory;
    @Autowired TestWorkspaces teams;
    @Autowired SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void onboarding_creates_the_workspace_and_invites_its_first_admin() {
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        var invitation = consortium.onboard(new NewWorkspace("大山町", "Daisen", "daisen-test", Prefecture.TOTTORI,
                MunicipalityKind.TOWN, "鳥取県西部の町", "A town in western Tottori", "first-admin@daisen.example"));

        assertThat(invitation.email()).isEqualTo("first-admin@daisen.example");
        assertThat(invitation.role()).isEqualTo(Role.ADMIN);
        assertThat(invitation.link()).contains("/invitations/");
        assertThat(consortium.workspaces()).filteredOn(o -> o.workspace().slug().equals("daisen-test"))
                .singleElement().satisfies(o -> {
                    assertThat(o.workspace().nameJa()).isEqualTo("大山町");
                    assertThat(o.members()).isZero();
                });
        assertThat(directory.participants()).extracting(w -> w.slug()).contains("daisen-test");
    }

    @Test
    void every_bad_field_is_reported_at_once_and_nothing_is_created() {
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        int before = consortium.workspaces().size();

        assertThatThrownBy(() -> consortium.onboard(new NewWorkspace("", "x".repeat(61), "Bad Slug!", null, null,
                null, null, "nope")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey())
                        .containsExactlyInAnyOrder("nameJa=error.required", "nameEn=error.too-long",
                                "slug=error.slug-malformed", "prefecture=error.required", "kind=error.required",
                                "firstAdminEmail=error.email-malformed"));
        assertThat(consortium.workspaces()).hasSize(before);
    }

    @Test
    void a_taken_slug_is_refused() {
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThatThrownBy(() -> consortium.onboard(new NewWorkspace("塩尻市", "Shiojiri", "shiojiri", Prefecture.NAGANO,
                MunicipalityKind.CITY, null, null, "someone@example.jp")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey()).containsExactly("slug=error.slug-taken"));
    }

    @Test
    void member_counts_are_aggregates_per_workspace() {
        var team = teams.create("ueda");
        teams.addMember(team, Role.STAFF);
        signIn.as(TestWorkspaces.CONSORTIUM_ADMIN);
        assertThat(consortium.workspaces()).filteredOn(o -> o.workspace().slug().equals(team.slug()))
                .extracting(WorkspaceOverview::members).containsExactly(2L);
    }

    @Test
    void staff_and_visitors_cannot_use_the_consortium_service() {
        var team = teams.create("komoro");
        signIn.as(team.admin());
        assertThatThrownBy(() -> consortium.workspaces()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consortium.onboard(new NewWorkspace("a", "a", "abc-def", Prefecture.NAGANO,
                MunicipalityKind.TOWN, null, null, "a@b.jp"))).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> consortium.workspaces()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
