package jp.enishi.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jp.enishi.base.ui.ForbiddenView;
import jp.enishi.consortium.ui.ConsortiumView;
import jp.enishi.identity.ui.LoginView;
import jp.enishi.identity.ui.ProfileView;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.ui.LandingView;
import jp.enishi.workspace.ui.MembersView;
import jp.enishi.workspace.ui.WorkspaceHomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every signed-in page, opened by each kind of user: who gets in, who is refused, who is sent to log in. */
class AccessMatrixTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} opens /{1} → {2}")
    @CsvSource({
            // visitor
            "-,                          '',                     LandingView",
            "-,                          w/shiojiri,             LoginView",
            "-,                          w/shiojiri/members,     LoginView",
            "-,                          consortium,             LoginView",
            "-,                          me,                     LoginView",
            "-,                          projects,               ProjectBoardView",
            "-,                          w/shiojiri/projects,    LoginView",
            // workspace admin
            "yamada@shiojiri.example,    w/shiojiri,             WorkspaceHomeView",
            "yamada@shiojiri.example,    w/shiojiri/members,     MembersView",
            "yamada@shiojiri.example,    w/tottori,              ForbiddenView",
            "yamada@shiojiri.example,    consortium,             ForbiddenView",
            "yamada@shiojiri.example,    me,                     ProfileView",
            "yamada@shiojiri.example,    w/shiojiri/projects,    ProjectListView",
            "yamada@shiojiri.example,    w/tottori/projects,     ForbiddenView",
            // staff
            "suzuki@shiojiri.example,    w/shiojiri,             WorkspaceHomeView",
            "suzuki@shiojiri.example,    w/shiojiri/members,     ForbiddenView",
            // coordinator in two workspaces
            "sato@meguru.example,        w/shiojiri,             WorkspaceHomeView",
            "sato@meguru.example,        w/tottori,              WorkspaceHomeView",
            "sato@meguru.example,        w/tottori/members,      ForbiddenView",
            "sato@meguru.example,        w/nanto,                ForbiddenView",
            // theme owner
            "owner@wainari.example,      w/shiojiri,             WorkspaceHomeView",
            "owner@wainari.example,      w/shiojiri/members,     ForbiddenView",
            // professional
            "hanako@pro.example,         w/shiojiri,             ForbiddenView",
            "hanako@pro.example,         consortium,             ForbiddenView",
            "hanako@pro.example,         me,                     ProfileView",
            "hanako@pro.example,         projects,               ProjectBoardView",
            "hanako@pro.example,         w/shiojiri/projects,    ForbiddenView",
            // consortium admin: every workspace's facts, no workspace's inside
            "admin@enishi.example,       consortium,             ConsortiumView",
            "admin@enishi.example,       w/shiojiri,             ForbiddenView",
            "admin@enishi.example,       w/shiojiri/members,     ForbiddenView",
            "admin@enishi.example,       consortium/talent,      SharedPoolView",
            "admin@enishi.example,       consortium/draft,       DraftAdminView",
            "yamada@shiojiri.example,    consortium/draft,       ForbiddenView",
            "yamada@shiojiri.example,    w/shiojiri/draft,       DraftPicksView",
            "suzuki@shiojiri.example,    w/shiojiri/draft,       DraftPicksView",
            "owner@wainari.example,      w/shiojiri/draft,       ForbiddenView",
            "yamada@shiojiri.example,    w/tottori/draft,        ForbiddenView",
            "hanako@pro.example,         w/shiojiri/draft,       ForbiddenView",
            "-,                          draft/999999,           NotFoundView",
            "yamada@shiojiri.example,    w/shiojiri/engagements, EngagementsView",
            "suzuki@shiojiri.example,    w/shiojiri/engagements, EngagementsView",
            "sato@meguru.example,        w/shiojiri/engagements, EngagementsView",
            "owner@wainari.example,      w/shiojiri/engagements, EngagementsView",
            "yamada@shiojiri.example,    w/tottori/engagements,  ForbiddenView",
            "hanako@pro.example,         w/shiojiri/engagements, ForbiddenView",
            "admin@enishi.example,       w/shiojiri/engagements, ForbiddenView",
            "-,                          w/shiojiri/engagements, LoginView",
            "hanako@pro.example,         me/engagements/999999,  NotFoundView",
            "-,                          me/engagements/1,       LoginView",
            "admin@enishi.example,       w/shiojiri/talent,      ForbiddenView",
            "-,                          consortium/talent,      LoginView",
            "yamada@shiojiri.example,    consortium/talent,      ForbiddenView",
            "hanako@pro.example,         consortium/talent,      ForbiddenView",
            "admin@enishi.example,       w/shiojiri/projects,    ForbiddenView",
            "owner@wainari.example,      w/shiojiri/projects,    ProjectListView",
            "sato@meguru.example,        w/nanto/projects,       ForbiddenView",
            // notices and the talent pool
            "-,                          notifications,          LoginView",
            "hanako@pro.example,         notifications,          NotificationsView",
            "-,                          w/shiojiri/talent,      LoginView",
            "yamada@shiojiri.example,    w/shiojiri/talent,      TalentPoolView",
            "suzuki@shiojiri.example,    w/shiojiri/talent,      TalentPoolView",
            "sato@meguru.example,        w/tottori/talent,       TalentPoolView",
            "owner@wainari.example,      w/shiojiri/talent,      ForbiddenView",
            "hanako@pro.example,         w/shiojiri/talent,      ForbiddenView",
            "yamada@shiojiri.example,    w/tottori/talent,       ForbiddenView",
            // interview slots and the interviewer's day
            "-,                          w/shiojiri/interviews,  LoginView",
            "suzuki@shiojiri.example,    w/shiojiri/interviews,  InterviewDayView",
            "owner@wainari.example,      w/shiojiri/interviews,  InterviewDayView",
            "yamada@shiojiri.example,    w/tottori/interviews,   ForbiddenView",
            "hanako@pro.example,         w/shiojiri/interviews,  ForbiddenView",
            "admin@enishi.example,       w/shiojiri/interviews,  ForbiddenView",
            // municipalities' public pages
            "-,                          regions/shiojiri,       RegionPageView",
            "hanako@pro.example,         regions/tottori,        RegionPageView",
            "-,                          regions/atlantis,       NotFoundView",
            // a way back into an account: public, they only answer to the secret in the e-mailed link
            "-,                          forgot-password,        ForgotPasswordView",
            "-,                          reset-password,         ResetPasswordView",
            "-,                          verify-email,           VerifyEmailView",
            "hanako@pro.example,         forgot-password,        ForgotPasswordView",
    })
    void each_user_reaches_exactly_the_pages_of_their_roles(String email, String path, String expected) {
        if (!email.equals("-")) {
            signInAs(email);
        }
        open(path);
        current(view(expected));
    }

    /**
     * The workspace pages each demo role of Shiojiri reaches, derived from the one permission table
     * ({@link Role#may}): a page opens exactly for the roles that have its permission.
     */
    @Test
    void each_role_reaches_the_workspace_pages_its_permissions_allow() {
        Map<String, Role> people = Map.of("yamada@shiojiri.example", Role.ADMIN, "suzuki@shiojiri.example", Role.STAFF,
                "sato@meguru.example", Role.COORDINATOR, "owner@wainari.example", Role.THEME_OWNER);
        Map<String, Map.Entry<Permission, Class<? extends Component>>> pages = Map.of(
                "w/shiojiri", Map.entry(Permission.WORKSPACE_OPEN, WorkspaceHomeView.class),
                "w/shiojiri/members", Map.entry(Permission.MEMBERS_MANAGE, MembersView.class),
                "w/shiojiri/projects", Map.entry(Permission.PROJECT_WRITE, jp.enishi.project.ui.ProjectListView.class),
                "w/shiojiri/talent", Map.entry(Permission.POOL_VIEW, jp.enishi.talent.ui.TalentPoolView.class),
                "w/shiojiri/interviews", Map.entry(Permission.PIPELINE_VIEW, jp.enishi.selection.ui.InterviewDayView.class));
        int checked = 0;
        for (var person : people.entrySet()) {
            signInAs(person.getKey());
            for (var page : pages.entrySet()) {
                open(page.getKey());
                Class<? extends Component> expected = person.getValue().may(page.getValue().getKey())
                        ? page.getValue().getValue() : ForbiddenView.class;
                assertThat(UI.getCurrent().getCurrentView()).as("%s (%s) opens /%s", person.getKey(), person.getValue(),
                        page.getKey()).isInstanceOf(expected);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(20);
    }

    /** Pages that carry a record's id: the workspace's own staff get in, another region and a professional do not. */
    @Test
    void pages_with_an_id_open_for_their_workspace_only() {
        long project = jdbc.queryForObject("SELECT p.id FROM project p JOIN workspace w ON w.id = p.workspace_id"
                + " WHERE w.slug = 'shiojiri' AND p.status = 'PUBLISHED' ORDER BY p.id LIMIT 1", Long.class);
        long application = jdbc.queryForObject("SELECT a.id FROM application a JOIN workspace w ON w.id = a.workspace_id"
                + " WHERE w.slug = 'shiojiri' ORDER BY a.id LIMIT 1", Long.class);
        long pooled = jdbc.queryForObject("SELECT id FROM app_user WHERE email = 'hanako@pro.example'", Long.class);
        long engagement = jdbc.queryForObject("SELECT e.id FROM engagement e JOIN workspace w ON w.id = e.workspace_id"
                + " WHERE w.slug = 'shiojiri' ORDER BY e.id LIMIT 1", Long.class);
        Map<String, Class<? extends Component>> pages = Map.of(
                "w/shiojiri/engagements/" + engagement, jp.enishi.engagement.ui.EngagementView.class,
                "w/shiojiri/projects/" + project, jp.enishi.project.ui.ProjectEditorView.class,
                "w/shiojiri/projects/" + project + "/applicants", jp.enishi.selection.ui.PipelineView.class,
                "w/shiojiri/projects/" + project + "/slots", jp.enishi.selection.ui.SlotsView.class,
                "w/shiojiri/applications/" + application, jp.enishi.selection.ui.ApplicantView.class,
                "w/shiojiri/talent/" + pooled, jp.enishi.relationship.ui.PoolMemberView.class);
        for (var page : pages.entrySet()) {
            signInAs("yamada@shiojiri.example");
            open(page.getKey());
            assertThat(UI.getCurrent().getCurrentView()).as("Shiojiri's admin on /%s", page.getKey())
                    .isInstanceOf(page.getValue());
            for (String outsider : List.of("ito@tottori.example", "hanako@pro.example")) {
                signInAs(outsider);
                open(page.getKey());
                assertThat(UI.getCurrent().getCurrentView()).as("%s on /%s", outsider, page.getKey())
                        .isInstanceOf(ForbiddenView.class);
            }
        }
        String sideJobber = jdbc.queryForObject("SELECT u.email FROM app_user u JOIN engagement e ON e.user_id = u.id"
                + " WHERE e.id = ?", String.class, engagement);
        signInAs(sideJobber);
        open("me/engagements/" + engagement);
        assertThat(UI.getCurrent().getCurrentView()).as("the professional's own engagement")
                .isInstanceOf(jp.enishi.engagement.ui.MyEngagementView.class);
        for (String other : List.of("hanako@pro.example", "yamada@shiojiri.example")) {
            signInAs(other);
            open("me/engagements/" + engagement);
            assertThat(UI.getCurrent().getCurrentView()).as("%s on someone else's engagement", other)
                    .isInstanceOf(jp.enishi.base.ui.NotFoundView.class);
        }
    }

    private static Class<? extends Component> view(String name) {
        return switch (name) {
            case "LandingView" -> LandingView.class;
            case "LoginView" -> LoginView.class;
            case "WorkspaceHomeView" -> WorkspaceHomeView.class;
            case "MembersView" -> MembersView.class;
            case "ConsortiumView" -> ConsortiumView.class;
            case "ProfileView" -> ProfileView.class;
            case "ForbiddenView" -> ForbiddenView.class;
            case "ProjectBoardView" -> jp.enishi.project.ui.ProjectBoardView.class;
            case "ProjectListView" -> jp.enishi.project.ui.ProjectListView.class;
            case "NotificationsView" -> jp.enishi.notification.ui.NotificationsView.class;
            case "TalentPoolView" -> jp.enishi.talent.ui.TalentPoolView.class;
            case "SharedPoolView" -> jp.enishi.talent.ui.SharedPoolView.class;
            case "DraftAdminView" -> jp.enishi.draft.ui.DraftAdminView.class;
            case "DraftPicksView" -> jp.enishi.draft.ui.DraftPicksView.class;
            case "EngagementsView" -> jp.enishi.engagement.ui.EngagementsView.class;
            case "RegionPageView" -> jp.enishi.project.ui.RegionPageView.class;
            case "NotFoundView" -> jp.enishi.base.ui.NotFoundView.class;
            case "InterviewDayView" -> jp.enishi.selection.ui.InterviewDayView.class;
            case "SlotsView" -> jp.enishi.selection.ui.SlotsView.class;
            case "ForgotPasswordView" -> jp.enishi.identity.ui.ForgotPasswordView.class;
            case "ResetPasswordView" -> jp.enishi.identity.ui.ResetPasswordView.class;
            case "VerifyEmailView" -> jp.enishi.identity.ui.VerifyEmailView.class;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
