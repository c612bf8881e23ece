package jp.enishi.selection;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Decisions in selection: held interviews, the headcount, taking a decision back, and the audit of openings. */
@EnishiTest
class DecisionsTest {

    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Interviews interviews;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired jp.enishi.TestApplicants applicants;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired jp.enishi.workspace.WorkspaceService workspaces;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.out();
    }

    @Test
    void the_interview_rule_means_an_interview_took_place_not_only_a_stage() {
        Team team = teams.create("held");
        long project = testProjects.published(team, testProjects.complete("面談必須の企画", "物語"));
        long id = applicants.apply(project, testProjects.professional("held-pro"));
        applicants.move(team, id, Stage.SCREENING, Stage.SCHEDULING);
        signIn.as(team.admin());
        assertThat(key(() -> pipeline.move(team.slug(), id, version(team, id), Stage.INTERVIEWED, null, false)))
                .as("面談調整 → 面談済 with no interview on record").isEqualTo("selection.error.interview-not-held");

        interviews.schedule(team.slug(), id, LocalDateTime.now(JapanTime.ZONE).plusDays(1), 15, null, "担当 鈴木");
        assertThat(key(() -> pipeline.move(team.slug(), id, version(team, id), Stage.INTERVIEWED, null, false)))
                .as("an interview still ahead has not taken place").isEqualTo("selection.error.interview-not-held");

        clock.advance(Duration.ofDays(2));
        pipeline.move(team.slug(), id, version(team, id), Stage.INTERVIEWED, null, false);
        pipeline.move(team.slug(), id, version(team, id), Stage.HIRED, "面談で決めました", false);
        assertThat(stage(team, id)).isEqualTo(Stage.HIRED);
    }

    @Test
    void hiring_beyond_the_headcount_needs_a_confirmation() {
        Team team = teams.create("headcount");
        long project = testProjects.published(team, testProjects.complete("一人募集の企画", "物語"));
        long first = applicants.apply(project, testProjects.professional("head-1"));
        long second = applicants.apply(project, testProjects.professional("head-2"));
        signIn.as(team.admin());
        hireWithoutInterview(team);

        pipeline.move(team.slug(), first, version(team, first), Stage.HIRED, "一人目", false);
        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class,
                () -> pipeline.move(team.slug(), second, version(team, second), Stage.HIRED, "二人目", false));
        assertThat(refused.problems().getFirst().messageKey()).isEqualTo("selection.error.beyond-headcount");
        assertThat(refused.problems().getFirst().args()).containsExactly("Webマーケター", 1, 2L);
        assertThat(stage(team, second)).as("nothing moved before the confirmation").isEqualTo(Stage.APPLIED);

        pipeline.move(team.slug(), second, version(team, second), Stage.HIRED, "二人目", true);
        assertThat(stage(team, second)).isEqualTo(Stage.HIRED);
    }

    @Test
    void an_admin_takes_back_a_decision_made_by_mistake_and_the_applicant_is_told() {
        Team team = teams.create("reopen");
        long project = testProjects.published(team, testProjects.complete("取り消しの企画", "物語"));
        String pro = testProjects.professional("reopen-pro");
        long id = applicants.apply(project, pro);
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        pipeline.move(team.slug(), id, version(team, id), Stage.SCREENING, null, false);
        pipeline.move(team.slug(), id, version(team, id), Stage.DECLINED, "間違えて見送り", false);
        assertThat(pipeline.applicant(team.slug(), id).canReopen()).isTrue();

        signIn.as(staff);
        assertThat(pipeline.applicant(team.slug(), id).canReopen()).as("staff may not").isFalse();
        assertThatThrownBy(() -> pipeline.reopen(team.slug(), id, version(team, id), "戻したい"))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(team.admin());
        assertThat(key(() -> pipeline.reopen(team.slug(), id, version(team, id), " ")))
                .isEqualTo("error.required");
        assertThat(pipeline.reopen(team.slug(), id, version(team, id), "操作を誤りました")).isEqualTo(Stage.SCREENING);
        List<StageEvent> history = pipeline.applicant(team.slug(), id).history();
        assertThat(history.getLast().from()).isEqualTo(Stage.DECLINED);
        assertThat(history.getLast().to()).isEqualTo(Stage.SCREENING);
        assertThat(history.getLast().reason()).isEqualTo("操作を誤りました");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.user_id"
                + " WHERE u.email = ? AND n.kind = 'DECISION_REOPENED'", Integer.class, pro)).isEqualTo(1);
        assertThat(key(() -> pipeline.reopen(team.slug(), id, version(team, id), "もう一度")))
                .as("only decisions are taken back").isEqualTo("selection.error.not-decided");
    }

    @Test
    void drawing_the_applicant_again_after_one_s_own_change_is_not_another_opening() {
        Team team = teams.create("audit");
        long project = testProjects.published(team, testProjects.complete("記録の企画", "物語"));
        String pro = testProjects.professional("audit-pro");
        long id = applicants.apply(project, pro);
        signIn.as(team.admin());
        pipeline.applicant(team.slug(), id);
        pipeline.move(team.slug(), id, version(team, id), Stage.SCREENING, null, false);
        pipeline.applicant(team.slug(), id);
        pipeline.applicant(team.slug(), id);
        assertThat(openings(pro)).as("one visit, drawn three times").isEqualTo(1);

        clock.advance(Duration.ofMinutes(31));
        pipeline.applicant(team.slug(), id);
        assertThat(openings(pro)).as("a later visit is another opening").isEqualTo(2);

        signIn.as(pro);
        assertThat(applying.openingsOfMe(Locale.JAPANESE)).as("shown per person and day, with the count")
                .singleElement().satisfies(o -> assertThat(o.count()).isEqualTo(2));
    }

    @Test
    void declined_applicants_are_asked_to_the_pool_together_and_each_answers_alone() {
        Team team = teams.create("bulk-pool");
        long project = testProjects.published(team, testProjects.complete("まとめてプール", "物語"));
        String a = testProjects.professional("pool-a");
        long first = applicants.apply(project, a);
        long second = applicants.apply(project, testProjects.professional("pool-b"));
        long open = applicants.apply(project, testProjects.professional("pool-c"));
        signIn.as(team.admin());
        pipeline.moveAll(team.slug(), Map.of(first, version(team, first), second, version(team, second)),
                Stage.DECLINED, "今回は別の方に", false);
        assertThat(key(() -> pipeline.askAllToPool(team.slug(), List.of(first, open))))
                .as("only declined applicants").isEqualTo("pool.error.declined-only");
        pipeline.askToPool(team.slug(), first);
        assertThat(pipeline.askAllToPool(team.slug(), List.of(first, second))).as("the one asked before is left out")
                .isEqualTo(1);
        signIn.as(a);
        MyPoolRequest mine = applying.poolRequests(Locale.JAPANESE).getFirst();
        assertThat(mine.state()).isEqualTo(PoolAsk.ASKED);
    }

    @Test
    void the_list_filters_by_keyword_and_skill_and_select_all_takes_every_match() {
        Team team = teams.create("filter");
        long project = testProjects.published(team, testProjects.complete("絞り込みの企画", "物語"));
        signIn.as(testProjects.professional("filter-wine"));
        long wine = applying.apply(project, 0, "ワインの販路を広げたい", "月2日");
        signIn.as(testProjects.professional("filter-other"));
        applying.apply(project, 0, "観光の仕事がしたい 100%_本気", "月2日");
        signIn.as(team.admin());

        var byKeyword = pipeline.applicants(team.slug(), project,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "ワイン", null));
        assertThat(byKeyword.rows()).extracting(PipelineRow::id).containsExactly(wine);
        assertThat(byKeyword.matching()).isEqualTo(1);
        assertThat(pipeline.applicants(team.slug(), project,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "filter-", null)).matching()).as("by name").isEqualTo(2);
        assertThat(pipeline.applicants(team.slug(), project,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "0%_", null)).matching())
                .as("% and _ are letters").isEqualTo(1);
        assertThat(pipeline.applicants(team.slug(), project,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "00%", null)).rows()).hasSize(1);
        assertThat(pipeline.applicants(team.slug(), project, new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50,
                null, jp.enishi.project.SkillCategory.TOURISM_COMMUNITY)).matching()).as("no such skill on profiles").isZero();

        Map<Long, Long> all = pipeline.selectAll(team.slug(), project,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 1, null, null));
        assertThat(all).as("all that match, not the page of one").hasSize(2);
        assertThat(pipeline.moveAll(team.slug(), all, Stage.SCREENING, null, false)).isEqualTo(2);
    }

    private void hireWithoutInterview(Team team) {
        signIn.as(team.admin());
        workspaces.requireInterview(team.slug(), false);
    }

    private long version(Team team, long id) {
        return pipeline.applicant(team.slug(), id).row().version();
    }

    private Stage stage(Team team, long id) {
        return pipeline.applicant(team.slug(), id).row().stage();
    }

    private int openings(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM applicant_view v JOIN app_user u ON u.id = v.subject_id WHERE u.email = ?",
                Integer.class, email);
    }

    private static String key(Runnable call) {
        return catchThrowableOfType(InputRejectedException.class, call::run).problems().getFirst().messageKey();
    }
}
