package jp.enishi.project;

import jp.enishi.TestImages;
import java.time.Clock;
import java.util.List;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.Problem;
import jp.enishi.workspace.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@EnishiTest
class ProjectServiceTest {

    @Autowired ProjectService projects;
    @Autowired SpecSheetReview review;
    @Autowired jp.enishi.notification.Notifications notifications;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void an_invited_professional_edits_that_draft_and_nothing_else() {
        Team team = teams.create("invite");
        long theirs = testProjects.draft(team, testProjects.complete("招待された下書き", "物語"));
        long other = testProjects.draft(team, testProjects.complete("別の下書き", "物語"));
        String pro = signIn.newUser("pro");
        signIn.as(team.admin());
        TeamMember added = projects.addToTeam(team.slug(), theirs, pro);
        assertThat(added.invited()).isTrue();

        signIn.as(pro);
        ProjectDetail detail = projects.open(team.slug(), theirs);
        assertThat(detail.canEdit()).isTrue();
        assertThat(detail.canManageTeam()).isFalse();
        SpecSheet edited = new SpecSheet(detail.sheet().title(), detail.sheet().summary(), detail.sheet().themeOwner(),
                "外部のプロが書き足した物語", detail.sheet().localIssue(), detail.sheet().future(),
                detail.sheet().expectations(), detail.sheet().roles(), detail.sheet().conditions());
        projects.save(team.slug(), theirs, detail.version(), edited);
        assertThat(projects.open(team.slug(), theirs).sheet().ownerStory()).isEqualTo("外部のプロが書き足した物語");

        assertThatThrownBy(() -> projects.open(team.slug(), other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.list(team.slug(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.create(team.slug(), "勝手な企画")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.addToTeam(team.slug(), theirs, team.admin())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.changeStatus(team.slug(), theirs, ProjectStatus.IN_REVIEW))
                .isInstanceOf(AccessDeniedException.class);

        testProjects.move(team, theirs, ProjectStatus.IN_REVIEW, ProjectStatus.PUBLISHED);
        signIn.as(pro);
        assertThatThrownBy(() -> projects.open(team.slug(), theirs)).as("published: no longer theirs to edit")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_theme_owner_sees_only_the_projects_whose_team_they_are_on() {
        Team team = teams.create("owner");
        String owner = teams.addMember(team, Role.THEME_OWNER);
        long staffProject = testProjects.draft(team, testProjects.complete("職員の企画", "物語"));
        signIn.as(owner);
        long own = projects.create(team.slug(), "自分の企画");

        assertThat(projects.list(team.slug(), null).rows()).extracting(ProjectRow::id).containsExactly(own);
        assertThatThrownBy(() -> projects.open(team.slug(), staffProject)).isInstanceOf(AccessDeniedException.class);
        signIn.as(team.admin());
        assertThat(projects.list(team.slug(), null).rows()).extracting(ProjectRow::id).contains(own, staffProject);
    }

    @Test
    void a_theme_owner_sends_their_own_draft_to_review_and_nothing_further() {
        Team team = teams.create("owner-review");
        String owner = teams.addMember(team, Role.THEME_OWNER);
        signIn.as(owner);
        long own = projects.create(team.slug(), "自分の企画");
        assertThat(projects.open(team.slug(), own).nextStatuses()).containsExactly(ProjectStatus.IN_REVIEW);
        assertThatThrownBy(() -> projects.changeStatus(team.slug(), own, ProjectStatus.ARCHIVED))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(projects.changeStatus(team.slug(), own, ProjectStatus.IN_REVIEW).status()).isEqualTo(ProjectStatus.IN_REVIEW);
        assertThat(projects.open(team.slug(), own).nextStatuses()).as("publishing stays with admins").isEmpty();
        assertThatThrownBy(() -> projects.changeStatus(team.slug(), own, ProjectStatus.PUBLISHED))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void edits_to_different_sections_at_once_are_both_kept() {
        Team team = teams.create("merge");
        long id = testProjects.draft(team, testProjects.complete("同時編集", "元の物語"));
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        ProjectDetail opened = projects.open(team.slug(), id);

        signIn.as(staff);
        projects.save(team.slug(), id, opened.version(), withStory(opened.sheet(), "職員が書いた物語"));
        signIn.as(team.admin());
        SpecSheet mine = new SpecSheet(opened.sheet().title(), opened.sheet().summary(), opened.sheet().themeOwner(),
                opened.sheet().ownerStory(), "管理者が書いた課題", opened.sheet().future(), opened.sheet().expectations(),
                opened.sheet().roles(), opened.sheet().conditions());
        SaveResult result = projects.save(team.slug(), id, opened.version(), mine);

        assertThat(result.mergedFromOthers()).containsExactly(Section.OWNER_STORY);
        SpecSheet saved = projects.open(team.slug(), id).sheet();
        assertThat(saved.ownerStory()).isEqualTo("職員が書いた物語");
        assertThat(saved.localIssue()).isEqualTo("管理者が書いた課題");
    }

    /** Found with two real browsers: a title and a summary, both 概要, edited at once; and two conditions. */
    @Test
    void two_people_changing_different_fields_of_one_section_both_keep_their_change() {
        Team team = teams.create("fields");
        long id = testProjects.draft(team, testProjects.complete("元のタイトル", "物語"));
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        ProjectDetail opened = projects.open(team.slug(), id);
        SpecSheet o = opened.sheet();
        SpecSheet.Conditions c = o.conditions();

        signIn.as(staff);
        projects.save(team.slug(), id, opened.version(), new SpecSheet("職員が直したタイトル", o.summary(), o.themeOwner(),
                o.ownerStory(), o.localIssue(), o.future(), o.expectations(), o.roles(),
                new SpecSheet.Conditions(c.contractType(), c.periodMonths(), 40_000, c.payMax(), c.daysPerMonth(),
                        c.workStyle(), c.travelSupport(), c.place(), c.deadline())));
        signIn.as(team.admin());
        SaveResult result = projects.save(team.slug(), id, opened.version(), new SpecSheet(o.title(), "管理者が直した要約",
                o.themeOwner(), o.ownerStory(), o.localIssue(), o.future(), o.expectations(), o.roles(),
                new SpecSheet.Conditions(c.contractType(), c.periodMonths(), c.payMin(), c.payMax(), 6,
                        c.workStyle(), c.travelSupport(), c.place(), c.deadline())));

        assertThat(result.mergedFromOthers()).containsExactly(Section.OVERVIEW, Section.CONDITIONS);
        SpecSheet saved = projects.open(team.slug(), id).sheet();
        assertThat(saved.title()).as("the other person's title is not replaced by the stale one").isEqualTo("職員が直したタイトル");
        assertThat(saved.summary()).isEqualTo("管理者が直した要約");
        assertThat(saved.conditions().payMin()).isEqualTo(40_000);
        assertThat(saved.conditions().daysPerMonth()).isEqualTo(6);
    }

    @Test
    void the_second_save_of_the_same_section_is_told_and_keeps_its_text() {
        Team team = teams.create("conflict");
        long id = testProjects.draft(team, testProjects.complete("衝突", "元の物語"));
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        ProjectDetail opened = projects.open(team.slug(), id);
        signIn.as(staff);
        projects.save(team.slug(), id, opened.version(), withStory(opened.sheet(), "職員の物語"));

        signIn.as(team.admin());
        SpecSheetConflictException conflict = catchThrowableOfType(SpecSheetConflictException.class,
                () -> projects.save(team.slug(), id, opened.version(), withStory(opened.sheet(), "管理者の物語")));

        assertThat(conflict.clashing()).containsExactly(Section.OWNER_STORY);
        assertThat(conflict.yours().ownerStory()).isEqualTo("管理者の物語");
        assertThat(conflict.theirs().ownerStory()).isEqualTo("職員の物語");
        assertThat(conflict.changedBy()).hasSize(1);
        assertThat(projects.open(team.slug(), id).sheet().ownerStory()).as("nothing overwritten").isEqualTo("職員の物語");

        projects.save(team.slug(), id, conflict.latestVersion(), withStory(conflict.yours(), "職員の物語＋管理者の物語"));
        assertThat(projects.open(team.slug(), id).sheet().ownerStory()).isEqualTo("職員の物語＋管理者の物語");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        Team team = teams.create("bad");
        long id = testProjects.draft(team, testProjects.complete("入力チェック", "物語"));
        signIn.as(team.admin());
        ProjectDetail before = projects.open(team.slug(), id);
        SpecSheet good = before.sheet();
        SpecSheet bad = new SpecSheet(good.title(), good.summary(), good.themeOwner(),
                "<script>alert(1)</script>", good.localIssue(), "[押して](javascript:alert(1))", good.expectations(),
                List.of(new SpecSheet.RoleSpec("役割", SkillCategory.SALES, null, 0)),
                new SpecSheet.Conditions(ContractType.OUTSOURCING, 3, 80_000, 30_000, 4, WorkStyle.REMOTE, false,
                        null, JapanTime.today(clock).minusDays(1)));

        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> projects.save(team.slug(), id, before.version(), bad));

        assertThat(rejected.problems()).extracting(Problem::field, Problem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("ownerStory", "project.error.unsafe-markup"),
                org.assertj.core.groups.Tuple.tuple("future", "project.error.unsafe-markup"),
                org.assertj.core.groups.Tuple.tuple("roles.0.headcount", "project.error.headcount"),
                org.assertj.core.groups.Tuple.tuple("payMax", "project.error.pay-order"),
                org.assertj.core.groups.Tuple.tuple("deadline", "project.error.deadline-past"));
        ProjectDetail after = projects.open(team.slug(), id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.sheet()).isEqualTo(before.sheet());
    }

    @Test
    void publishing_needs_every_section_and_only_admins_move_a_project() {
        Team team = teams.create("publish");
        String staff = teams.addMember(team, Role.STAFF);
        signIn.as(team.admin());
        long id = projects.create(team.slug(), "空の仕様書");
        projects.changeStatus(team.slug(), id, ProjectStatus.IN_REVIEW);

        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> projects.changeStatus(team.slug(), id, ProjectStatus.PUBLISHED));
        assertThat(rejected.problems()).extracting(Problem::field).contains("summary", "themeOwner", "ownerStory",
                "localIssue", "future", "expectations", "roles", "contractType", "payMin", "workStyle", "deadline");
        assertThat(projects.open(team.slug(), id).status()).isEqualTo(ProjectStatus.IN_REVIEW);
        assertThatThrownBy(() -> projects.changeStatus(team.slug(), id, ProjectStatus.CLOSED))
                .isInstanceOf(InputRejectedException.class);

        signIn.as(staff);
        assertThatThrownBy(() -> projects.changeStatus(team.slug(), id, ProjectStatus.DRAFT))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_cover_must_be_a_real_png_or_jpeg_of_at_most_2_mb() throws Exception {
        Team team = teams.create("cover");
        long id = testProjects.draft(team, testProjects.complete("カバー", "物語"));
        signIn.as(team.admin());
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        System.arraycopy(TestImages.png(), 0, fiveMegabytes, 0, TestImages.png().length);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        byte[] fakePng = new byte[64];
        System.arraycopy(TestImages.png(), 0, fakePng, 0, 8);

        for (byte[] bad : List.of(fiveMegabytes, svg, html, fakePng)) {
            assertThatThrownBy(() -> projects.uploadCover(team.slug(), id, bad)).isInstanceOf(InputRejectedException.class);
        }
        assertThat(projects.open(team.slug(), id).hasCover()).isFalse();
        assertThat(catchThrowableOfType(InputRejectedException.class,
                () -> projects.uploadCover(team.slug(), id, fiveMegabytes)).problems().getFirst().messageKey())
                .isEqualTo("project.error.cover-too-large");

        projects.uploadCover(team.slug(), id, TestImages.png());
        assertThat(projects.open(team.slug(), id).hasCover()).isTrue();
        assertThat(projects.cover(team.slug(), id)).get().extracting(CoverImage::contentType).isEqualTo("image/png");
    }

    @Test
    void every_save_is_kept_and_two_versions_can_be_compared() {
        Team team = teams.create("history");
        long id = testProjects.draft(team, testProjects.complete("履歴", "一版目の物語"));
        signIn.as(team.admin());
        ProjectDetail first = projects.open(team.slug(), id);
        projects.save(team.slug(), id, first.version(), withStory(first.sheet(), "二版目の物語"));

        List<RevisionSummary> history = review.history(team.slug(), id);
        assertThat(history).hasSize(3);
        assertThat(history.getFirst().kind()).isEqualTo(RevisionKind.EDITED);
        SheetComparison comparison = review.compare(team.slug(), id, history.get(1).version(), history.get(0).version());
        assertThat(comparison.changed()).containsExactly(Section.OWNER_STORY);
        assertThat(comparison.fromSheet().ownerStory()).isEqualTo("一版目の物語");
        assertThat(comparison.toSheet().ownerStory()).isEqualTo("二版目の物語");
        assertThat(comparison.to().author()).isNotBlank();
    }

    @Test
    void teammates_comment_on_a_section_reply_and_resolve() {
        Team team = teams.create("review");
        long id = testProjects.draft(team, testProjects.complete("レビュー", "物語"));
        String coordinator = teams.addMember(team, Role.COORDINATOR);
        signIn.as(coordinator);
        long comment = review.comment(team.slug(), id, Section.FUTURE, "未来をもう少し具体的に");
        signIn.as(team.admin());
        review.reply(team.slug(), comment, "数字を書き足します");
        review.resolve(team.slug(), comment, true);

        List<ReviewComment> threads = review.comments(team.slug(), id);
        assertThat(threads).hasSize(1);
        assertThat(threads.getFirst().section()).isEqualTo(Section.FUTURE);
        assertThat(threads.getFirst().replies()).extracting(ReviewComment::body).containsExactly("数字を書き足します");
        assertThat(threads.getFirst().resolved()).isTrue();
        assertThatThrownBy(() -> review.comment(team.slug(), id, Section.FUTURE, " "))
                .isInstanceOf(InputRejectedException.class);

        assertThat(notifications.mine(java.util.Locale.JAPANESE)).as("the admin, on the sheet's team, hears of the comment")
                .extracting(jp.enishi.notification.NotificationItem::body)
                .containsExactly(coordinatorName(coordinator) + "さんが「レビュー」の「目指す未来」にコメントしました。");
        signIn.as(coordinator);
        assertThat(notifications.mine(java.util.Locale.JAPANESE)).as("not on the sheet's team, nor told of own words")
                .isEmpty();
    }

    private static String coordinatorName(String email) {
        return email.substring(0, email.lastIndexOf('-'));
    }

    static SpecSheet withStory(SpecSheet s, String story) {
        return new SpecSheet(s.title(), s.summary(), s.themeOwner(), story, s.localIssue(), s.future(),
                s.expectations(), s.roles(), s.conditions());
    }
}
