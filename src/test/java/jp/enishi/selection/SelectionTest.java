package jp.enishi.selection;

import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.Problem;
import jp.enishi.project.ProjectStatus;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class SelectionTest {

    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired jp.enishi.workspace.WorkspaceService workspaces;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_professional_applies_once_sees_the_stage_and_can_withdraw() {
        Team team = teams.create("apply");
        long project = testProjects.published(team, testProjects.complete("応募できる企画", "物語"));
        String pro = testProjects.professional("applicant");
        signIn.as(pro);
        long id = applying.apply(project, 0, "地域の販路づくりに関わりたい。", "月4日、平日夜");

        assertThat(applying.mine(Locale.JAPANESE)).singleElement().satisfies(a -> {
            assertThat(a.projectTitle()).isEqualTo("応募できる企画");
            assertThat(a.stage()).isEqualTo(Stage.APPLIED);
        });
        assertThat(key(() -> applying.apply(project, 0, "もう一度", "月4日"))).isEqualTo("selection.error.already-applied");
        applying.withdraw(id);
        assertThat(applying.mine(Locale.JAPANESE).getFirst().stage()).isEqualTo(Stage.WITHDRAWN);
        assertThat(key(() -> applying.withdraw(id))).isEqualTo("selection.error.final");

        signIn.as(testProjects.professional("other"));
        assertThatThrownBy(() -> applying.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(applying.mine(Locale.JAPANESE)).as("only one's own applications").isEmpty();
    }

    @Test
    void closed_projects_missing_roles_an_empty_profile_and_empty_fields_are_refused() {
        Team team = teams.create("refuse");
        long closed = testProjects.published(team, testProjects.complete("締切済み", "物語"));
        testProjects.move(team, closed, ProjectStatus.CLOSED);
        long draft = testProjects.draft(team, testProjects.complete("下書き", "物語"));
        long open = testProjects.published(team, testProjects.complete("募集中", "物語"));
        signIn.as(testProjects.professional("refused"));

        assertThat(key(() -> applying.apply(closed, 0, "動機", "月2日"))).isEqualTo("selection.error.closed");
        assertThat(key(() -> applying.apply(draft, 0, "動機", "月2日"))).isEqualTo("selection.error.no-such-role");
        assertThat(key(() -> applying.apply(open, 5, "動機", "月2日"))).isEqualTo("selection.error.no-such-role");
        InputRejectedException empty = catchThrowableOfType(InputRejectedException.class, () -> applying.apply(open, 0, " ", null));
        assertThat(empty.problems()).extracting(Problem::field).containsExactlyInAnyOrder("motivation", "availability");

        signIn.newUser("no-bio");
        assertThat(key(() -> applying.apply(open, 0, "動機", "月2日"))).isEqualTo("selection.error.profile-minimum");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM application WHERE project_id = ?", Integer.class, open)).isZero();
    }

    @Test
    void the_team_moves_an_applicant_step_by_step_with_reasons_and_every_opening_is_recorded() {
        Team team = teams.create("pipeline");
        long project = testProjects.published(team, testProjects.complete("選考する企画", "物語"));
        String pro = testProjects.professional("candidate");
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機です", "月4日");
        String staff = teams.addMember(team, Role.STAFF);
        String owner = teams.addMember(team, Role.THEME_OWNER);

        signIn.as(staff);
        PipelineRow row = pipeline.applicants(team.slug(), project).rows().getFirst();
        assertThat(key(() -> pipeline.move(team.slug(), id, row.version(), Stage.HIRED, "良い", false)))
                .isEqualTo("selection.error.interview-first");
        assertThat(key(() -> pipeline.move(team.slug(), id, row.version(), Stage.DECLINED, " ", false)))
                .isEqualTo("selection.error.reason-required");
        assertThat(key(() -> pipeline.move(team.slug(), id, row.version(), null, "メモ", false)))
                .as("no stage chosen").isEqualTo("selection.error.stage-required");
        pipeline.move(team.slug(), id, row.version(), Stage.SCREENING, null, false);
        assertThat(key(() -> pipeline.move(team.slug(), id, row.version(), Stage.DECLINED, "別の方に", false)))
                .as("a second move from the same old view").isEqualTo("selection.error.moved-meanwhile-to");

        int before = openings(pro);
        ApplicantDetail detail = pipeline.applicant(team.slug(), id);
        assertThat(openings(pro)).isEqualTo(before + 1);
        assertThat(detail.motivation()).isEqualTo("動機です");
        assertThat(detail.history()).extracting(StageEvent::to).containsExactly(Stage.APPLIED, Stage.SCREENING);
        assertThat(detail.history().get(1).by()).isNotBlank();
        assertThat(pipeline.applicants(team.slug(), project).counts().get(Stage.SCREENING)).isEqualTo(1);

        signIn.as(owner);
        assertThatThrownBy(() -> pipeline.applicants(team.slug(), project)).as("not their project")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pipeline.applicant(team.slug(), id)).isInstanceOf(AccessDeniedException.class);
        assertThat(openings(pro)).as("a refused opening is not an opening").isEqualTo(before + 1);
        signIn.as(pro);
        assertThat(applying.mine(Locale.JAPANESE).getFirst().stage()).isEqualTo(Stage.SCREENING);
        assertThat(applying.openingsOfMe(Locale.JAPANESE)).as("the person sees who opened their application")
                .singleElement().satisfies(o -> {
                    assertThat(o.viewer()).startsWith("staff");
                    assertThat(o.projectTitle()).isEqualTo("選考する企画");
                });
    }

    @Test
    void hiring_without_an_interview_needs_the_workspace_to_allow_it() {
        Team team = teams.create("rule");
        long project = testProjects.published(team, testProjects.complete("ルールの企画", "物語"));
        signIn.as(testProjects.professional("rule-pro"));
        long id = applying.apply(project, 0, "動機", "月2日");
        signIn.as(team.admin());
        assertThat(key(() -> pipeline.move(team.slug(), id, 0, Stage.HIRED, "書類で十分", false)))
                .isEqualTo("selection.error.interview-first");

        workspaces.requireInterview(team.slug(), false);
        assertThat(pipeline.applicants(team.slug(), project).rows().getFirst().moves()).contains(Stage.HIRED);
        assertThat(key(() -> pipeline.move(team.slug(), id, 0, Stage.HIRED, " ", false))).isEqualTo("selection.error.reason-required");
        pipeline.move(team.slug(), id, 0, Stage.HIRED, "書類で十分", false);
        assertThat(pipeline.applicant(team.slug(), id).row().stage()).isEqualTo(Stage.HIRED);

        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(staff);
        assertThatThrownBy(() -> workspaces.requireInterview(team.slug(), true)).as("admins only")
                .isInstanceOf(AccessDeniedException.class);
    }

    private int openings(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM applicant_view v JOIN app_user u ON u.id = v.subject_id WHERE u.email = ?",
                Integer.class, email);
    }

    private static String key(Runnable call) {
        return catchThrowableOfType(InputRejectedException.class, call::run).problems().getFirst().messageKey();
    }
}
