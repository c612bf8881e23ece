package jp.enishi.selection;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.Problem;
import jp.enishi.notification.NotificationItem;
import jp.enishi.notification.NotificationKind;
import jp.enishi.notification.Notifications;
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
class InterviewsAndBulkTest {

    @Autowired Applying applying;
    @Autowired Pipeline pipeline;
    @Autowired Interviews interviews;
    @Autowired Notifications notifications;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_team_is_told_of_an_application_and_a_withdrawal_the_applicant_of_every_move() {
        Team team = teams.create("notice");
        long project = testProjects.published(team, testProjects.complete("お知らせの企画", "物語"));
        String outsider = teams.addMember(teams.create("notice-other"), Role.STAFF);
        String pro = testProjects.professional("notice-pro");
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機", "月2日");

        signIn.as(team.admin());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        NotificationItem received = notifications.mine(Locale.JAPANESE).getFirst();
        assertThat(received.kind()).isEqualTo(NotificationKind.APPLICATION_RECEIVED);
        assertThat(received.title()).contains("お知らせの企画");
        assertThat(received.link()).isEqualTo("w/" + team.slug() + "/applications/" + id);
        assertThat(notifications.mine(Locale.ENGLISH).getFirst().title()).startsWith("New application");
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
        pipeline.move(team.slug(), id, version(team, project, id), Stage.SCREENING, null, false);

        signIn.as(outsider);
        assertThat(notifications.mine(Locale.JAPANESE)).as("nobody else's notices").isEmpty();

        signIn.as(pro);
        assertThat(notifications.mine(Locale.JAPANESE)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.STAGE_CHANGED);
            assertThat(n.body()).contains("書類確認").contains("お知らせの企画");
        });
        applying.withdraw(id);
        signIn.as(team.admin());
        assertThat(notifications.mine(Locale.JAPANESE).getFirst().kind()).isEqualTo(NotificationKind.APPLICATION_WITHDRAWN);
    }

    @Test
    void an_interview_is_scheduled_ahead_invites_the_applicant_and_keeps_its_notes_with_the_team() {
        Team team = teams.create("interview");
        long project = testProjects.published(team, testProjects.complete("面談の企画", "物語"));
        String pro = testProjects.professional("interviewee");
        signIn.as(pro);
        long id = applying.apply(project, 0, "動機", "月2日");
        signIn.as(team.admin());
        LocalDateTime now = LocalDateTime.now(JapanTime.ZONE);

        InputRejectedException refused = catchThrowableOfType(InputRejectedException.class, () -> interviews.schedule(
                team.slug(), id, now.minusHours(1), 5, "javascript:alert(1)", " "));
        assertThat(refused.problems()).extracting(Problem::messageKey).containsExactlyInAnyOrder("interview.error.past",
                "interview.error.minutes", "interview.error.url", "error.required");
        assertThat(pipeline.applicant(team.slug(), id).row().stage()).as("nothing half-saved").isEqualTo(Stage.APPLIED);

        long interview = interviews.schedule(team.slug(), id, now.plusDays(2).withHour(19).withMinute(0), 15 * 2,
                "https://meet.example/abc", "塩尻市 山田、ワイナリー 佐藤");
        ApplicantDetail detail = pipeline.applicant(team.slug(), id);
        assertThat(detail.row().stage()).isEqualTo(Stage.SCHEDULING);
        assertThat(detail.history()).extracting(StageEvent::to).containsExactly(Stage.APPLIED, Stage.SCHEDULING);
        InterviewItem item = detail.interviews().getFirst();
        assertThat(item.interviewers()).isEqualTo("塩尻市 山田、ワイナリー 佐藤");

        assertThat(key(() -> interviews.record(team.slug(), interview, item.version(), "良い", 6))).isEqualTo("interview.error.rating");
        interviews.record(team.slug(), interview, item.version(), "地域への思いが強い。", 4);
        assertThat(key(() -> interviews.record(team.slug(), interview, item.version(), "古い画面から", 1)))
                .isEqualTo("interview.error.changed-meanwhile");
        assertThat(pipeline.applicant(team.slug(), id).interviews().getFirst().rating()).isEqualTo(4);

        signIn.as(pro);
        NotificationItem invitation = notifications.mine(Locale.JAPANESE).getFirst();
        assertThat(invitation.kind()).isEqualTo(NotificationKind.INTERVIEW_INVITED);
        assertThat(invitation.body()).contains("https://meet.example/abc").contains("19:00").doesNotContain("地域への思い");
        assertThatThrownBy(() -> pipeline.applicant(team.slug(), id)).as("the applicant cannot open the team's view")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void several_applicants_move_together_or_not_at_all_and_can_be_messaged_at_once() {
        Team team = teams.create("bulk");
        long project = testProjects.published(team, testProjects.complete("まとめて選考", "物語"));
        long otherProject = testProjects.published(team, testProjects.complete("別の企画", "物語"));
        String first = testProjects.professional("bulk-1");
        String second = testProjects.professional("bulk-2");
        signIn.as(first);
        long a = applying.apply(project, 0, "動機", "月2日");
        long elsewhere = applying.apply(otherProject, 0, "動機", "月2日");
        signIn.as(second);
        long b = applying.apply(project, 0, "動機", "月2日");
        signIn.as(team.admin());

        assertThat(key(() -> pipeline.moveAll(team.slug(), Map.of(a, version(team, project, a), b, version(team, project, b)),
                Stage.HIRED, "全員", false))).isEqualTo("selection.error.some-cannot-move");
        assertThatThrownBy(() -> pipeline.moveAll(team.slug(), Map.of(a, 0L, elsewhere, 0L), Stage.SCREENING, null, false))
                .as("one project at a time").isInstanceOf(ApplicationNotFoundException.class);
        assertThat(pipeline.applicants(team.slug(), project).counts().get(Stage.APPLIED)).isEqualTo(2);

        assertThat(pipeline.moveAll(team.slug(), Map.of(a, version(team, project, a), b, version(team, project, b)),
                Stage.SCREENING, null, false)).isEqualTo(2);
        assertThat(pipeline.applicants(team.slug(), project).counts().get(Stage.SCREENING)).isEqualTo(2);
        assertThat(key(() -> pipeline.message(team.slug(), List.of(a, b), " "))).isEqualTo("error.required");
        assertThat(pipeline.message(team.slug(), List.of(a, b), "来週、オンライン説明会を開きます。")).isEqualTo(2);

        for (String person : List.of(first, second)) {
            signIn.as(person);
            assertThat(notifications.mine(Locale.JAPANESE)).extracting(NotificationItem::kind)
                    .containsExactly(NotificationKind.MESSAGE, NotificationKind.STAGE_CHANGED);
            assertThat(notifications.mine(Locale.JAPANESE).getFirst().body()).isEqualTo("来週、オンライン説明会を開きます。");
        }
    }

    private long version(Team team, long project, long applicationId) {
        return pipeline.applicants(team.slug(), project).rows().stream().filter(r -> r.id() == applicationId)
                .findFirst().orElseThrow().version();
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }
}
