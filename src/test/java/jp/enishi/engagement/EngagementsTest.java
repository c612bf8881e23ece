package jp.enishi.engagement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestApplicants;
import jp.enishi.TestClock;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.base.NoSuchRecordException;
import jp.enishi.identity.UserDirectory;
import jp.enishi.project.WorkStyle;
import jp.enishi.relationship.RelationshipKind;
import jp.enishi.relationship.Timelines;
import jp.enishi.relationship.TimelineEntry;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.talent.ConsentPurpose;
import jp.enishi.talent.Consents;
import jp.enishi.workspace.Role;
import jp.enishi.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * 伴走 from the hire to the alumni invitation: terms confirmed once and checked, check-ins never rewritten, travel
 * within the budget, reminders once per due item, the closing from both sides — and who may see which engagement.
 */
@EnishiTest
class EngagementsTest {

    @Autowired Engagements engagements;
    @Autowired CheckIns checkIns;
    @Autowired Visits visits;
    @Autowired TravelClaims claims;
    @Autowired MyEngagements mine;
    @Autowired EngagementReminders reminders;
    @Autowired EngagementFigures figures;
    @Autowired Pipeline pipeline;
    @Autowired WorkspaceService workspaces;
    @Autowired Consents consents;
    @Autowired Timelines timelines;
    @Autowired UserDirectory users;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects projects;
    @Autowired TestApplicants applicants;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        signIn.out();
        clock.reset();
    }

    /** A hire in a fresh workspace (no interview rule), and the engagement it opened. */
    private record Hire(Team team, String pro, long proId, long projectId, long engagementId) {
    }

    private Hire hire(String name) {
        Team team = teams.create(name);
        signIn.as(team.admin());
        workspaces.requireInterview(team.slug(), false);
        long project = projects.published(team, projects.complete(name + "の伴走プロジェクト", "物語"));
        return hireInto(team, project, name + "-pro");
    }

    private Hire hireInto(Team team, long project, String who) {
        String pro = projects.professional(who);
        long application = applicants.apply(project, pro);
        applicants.move(team, application, Stage.SCREENING);
        signIn.as(team.admin());
        pipeline.move(team.slug(), application, jdbc.queryForObject("SELECT version FROM application WHERE id = ?",
                Long.class, application), Stage.HIRED, "テスト", true);
        long engagement = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "SELECT id FROM engagement WHERE application_id = ?", Long.class, application), ids -> ids.size() == 1)
                .getFirst();
        signIn.out();
        return new Hire(team, pro, users.byEmail(pro).orElseThrow().id(), project, engagement);
    }

    private Terms terms(Hire h, LocalDate start, int budget, BudgetBasis per) {
        long admin = users.byEmail(h.team().admin()).orElseThrow().id();
        return new Terms(ContractType.OUTSOURCING, start, start.plusMonths(3).minusDays(1), 50_000, 4, WorkStyle.HYBRID,
                null, admin, "チーズの新しい販路を3つ試す", "Slackの共有チャンネル", 14, null, budget, per);
    }

    private long version(long engagementId) {
        return jdbc.queryForObject("SELECT version FROM engagement WHERE id = ?", Long.class, engagementId);
    }

    @Test
    void a_hire_opens_an_engagement_whose_terms_are_checked_then_confirmed_once_and_closed_from_both_sides() {
        Hire h = hire("engage-life");
        LocalDate today = JapanTime.today(clock);
        signIn.as(h.team().admin());
        assertThat(engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE).status())
                .isEqualTo(EngagementStatus.DRAFT);
        Terms good = terms(h, today, 0, BudgetBasis.ENGAGEMENT);
        long v = version(h.engagementId());

        assertThat(keys(() -> engagements.confirm(h.team().slug(), h.engagementId(), v, new Terms(good.contract(),
                today, today.minusDays(1), -1, 4, WorkStyle.REMOTE, null, good.coordinatorId(), "目標", "電話", 14, null, 0,
                BudgetBasis.ENGAGEMENT)))).containsExactlyInAnyOrder("engagement.error.end-before-start", "engagement.error.range");
        assertThat(keys(() -> engagements.confirm(h.team().slug(), h.engagementId(), v, new Terms(good.contract(),
                today, today.plusMonths(2), 0, 4, WorkStyle.REMOTE, null, 999_999L, " ", "電話", 3, null, 0,
                BudgetBasis.ENGAGEMENT)))).containsExactlyInAnyOrder("engagement.error.three-months",
                "engagement.error.not-member", "error.required", "engagement.error.range");
        assertThat(engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE).status())
                .as("nothing half-saved").isEqualTo(EngagementStatus.DRAFT);
        assertThat(key(() -> checkIns.write(h.team().slug(), h.engagementId(),
                new CheckInDraft(CheckInStatus.ON_TRACK, "まだ", null, false)))).isEqualTo("engagement.error.not-started");

        engagements.confirm(h.team().slug(), h.engagementId(), v, good);
        long workspace = jdbc.queryForObject("SELECT id FROM workspace WHERE slug = ?", Long.class, h.team().slug());
        java.time.Instant fyStart = jp.enishi.base.FiscalYear.of(today).firstDay().atStartOfDay(JapanTime.ZONE).toInstant();
        assertThat(figures.count(fyStart, clock.instant().plusSeconds(1)).get(jp.enishi.base.RegionFigure.CONTRACTS))
                .as("the confirmed terms count as one 成約 of the year").containsEntry(workspace, 1L);
        EngagementDetail started = engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE);
        assertThat(started.status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(started.nextCheckInOn()).isEqualTo(today.plusDays(14));

        long teamNote = checkIns.write(h.team().slug(), h.engagementId(),
                new CheckInDraft(CheckInStatus.AT_RISK, "先方の決裁が遅れている", "来週に役場で打ち合わせ", true));
        signIn.as(h.pro());
        long own = mine.checkIn(h.engagementId(), new CheckInDraft(CheckInStatus.ON_TRACK, "試作品を3つ作りました", null, false));
        assertThat(mine.open(h.engagementId(), Locale.JAPANESE).checkIns()).as("the team's own notes stay with the team")
                .extracting(CheckInLine::id).containsExactly(own);
        assertThat(key(() -> mine.correct(teamNote, new CheckInDraft(CheckInStatus.ON_TRACK, "乗っ取り", null, false))))
                .isEqualTo("engagement.error.other-side");
        long fixed = mine.correct(own, new CheckInDraft(CheckInStatus.AT_RISK, "試作品は2つでした", null, false));
        assertThat(key(() -> mine.correct(own, new CheckInDraft(CheckInStatus.ON_TRACK, "もう一度", null, false))))
                .isEqualTo("engagement.error.corrected");
        signIn.as(h.team().admin());
        EngagementDetail read = engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE);
        assertThat(read.checkIns()).extracting(CheckInLine::id).containsExactlyInAnyOrder(fixed, own, teamNote);
        assertThat(read.checkIns()).filteredOn(c -> c.id() == own).singleElement().satisfies(c -> {
            assertThat(c.notes()).as("the original is kept as written").isEqualTo("試作品を3つ作りました");
            assertThat(c.correctedById()).isEqualTo(fixed);
        });
        assertThat(read.health()).as("the latest check-in as corrected").isEqualTo(CheckInStatus.AT_RISK);
        assertThat(engagements.overview(h.team().slug(), new EngagementQuery(EngagementQuery.Show.ATTENTION, null, null,
                null), 0, 10)).extracting(EngagementRow::id).containsExactly(h.engagementId());

        long stale = read.version();
        engagements.extend(h.team().slug(), h.engagementId(), stale, today.plusMonths(4), "繁忙期まで続ける");
        assertThat(key(() -> engagements.close(h.team().slug(), h.engagementId(), stale, Outcome.COMPLETED, null,
                "目標の3つのうち2つを試した", true))).as("a second person closing from the page they read")
                .isEqualTo("engagement.error.changed-meanwhile");
        long now = version(h.engagementId());
        assertThat(key(() -> engagements.close(h.team().slug(), h.engagementId(), now, Outcome.ENDED_EARLY, " ",
                "途中まで", false))).isEqualTo("engagement.error.reason-early");
        signIn.as(h.pro());
        assertThat(key(() -> mine.review(h.engagementId(), "よかった", true))).isEqualTo("engagement.error.review-after-close");
        signIn.as(h.team().admin());
        engagements.close(h.team().slug(), h.engagementId(), now, Outcome.COMPLETED, null, "販路を2つ開いた", true);
        assertThat(key(() -> checkIns.write(h.team().slug(), h.engagementId(),
                new CheckInDraft(CheckInStatus.ON_TRACK, "終わった後", null, false)))).isEqualTo("engagement.error.check-in-ended");

        signIn.as(h.pro());
        assertThat(mine.open(h.engagementId(), Locale.JAPANESE).reviews()).as("the region's review after one's own")
                .isEmpty();
        assertThat(mine.mine(Locale.JAPANESE)).singleElement().satisfies(m -> {
            assertThat(m.reviewWanted()).isTrue();
            assertThat(m.alumniInvited()).isTrue();
        });
        mine.review(h.engagementId(), "地域の人と一緒に売り場を作れた", true);
        assertThat(key(() -> mine.review(h.engagementId(), "二度目", true))).isEqualTo("engagement.error.reviewed");
        assertThat(mine.open(h.engagementId(), Locale.JAPANESE).reviews()).extracting(ReviewLine::side)
                .containsExactlyInAnyOrder(Side.TEAM, Side.PROFESSIONAL);
        mine.stayAsAlumni(h.engagementId());
        assertThat(jdbc.queryForObject("SELECT via FROM consent c JOIN workspace w ON w.id = c.workspace_id"
                + " WHERE w.slug = ? AND c.user_id = ? AND c.purpose = 'POOL'", String.class, h.team().slug(), h.proId()))
                .isEqualTo("ALUMNI");

        signIn.as(h.team().admin());
        List<TimelineEntry> timeline = await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(
                () -> timelines.of(h.team().slug(), h.proId()).entries(),
                e -> e.stream().map(TimelineEntry::kind).toList().containsAll(List.of(RelationshipKind.ENGAGEMENT_STARTED,
                        RelationshipKind.ENGAGEMENT_CLOSED, RelationshipKind.ENGAGEMENT_REVIEWED)));
        assertThat(timeline).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engagement_extension WHERE engagement_id = ?", Long.class,
                h.engagementId())).as("the extension is on the record").isOne();
    }

    @Test
    void reminders_go_once_per_due_item_only_while_it_runs_and_never_for_what_was_already_past() {
        Hire h = hire("engage-remind");
        Hire late = hire("engage-late");
        LocalDate today = JapanTime.today(clock);
        signIn.as(h.team().admin());
        engagements.confirm(h.team().slug(), h.engagementId(), version(h.engagementId()), terms(h, today, 0, BudgetBasis.ENGAGEMENT));
        signIn.as(late.team().admin());
        // Entered late: started two months ago with no check-in since — overdue at once, but not reminded of.
        engagements.confirm(late.team().slug(), late.engagementId(), version(late.engagementId()),
                terms(late, today.minusMonths(2), 0, BudgetBasis.ENGAGEMENT));
        assertThat(engagements.overview(late.team().slug(), EngagementQuery.current(), 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        signIn.out();
        long coordinator = users.byEmail(h.team().admin()).orElseThrow().id();
        long lateCoordinator = users.byEmail(late.team().admin()).orElseThrow().id();
        java.util.function.LongSupplier sent = () -> jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE"
                + " user_id IN (?, ?) AND kind = 'ENGAGEMENT_DUE'", Long.class, coordinator, lateCoordinator);

        reminders.remindDue();
        assertThat(sent.getAsLong()).as("nothing due yet; the late one was past when set").isZero();
        clock.advance(Duration.ofDays(13));
        reminders.remindDue();
        assertThat(sent.getAsLong()).isZero();
        clock.advance(Duration.ofDays(1));
        reminders.remindDue();
        assertThat(sent.getAsLong()).as("due today").isOne();
        reminders.remindDue();
        assertThat(sent.getAsLong()).as("the job running twice").isOne();
        clock.advance(Duration.ofDays(3));
        reminders.remindDue();
        assertThat(sent.getAsLong()).as("still the same due item, now overdue").isOne();
        String proName = users.byId(h.proId()).orElseThrow().displayName();
        assertThat(jdbc.queryForMap("SELECT title_ja, title_en, link FROM notification WHERE user_id = ?"
                + " AND kind = 'ENGAGEMENT_DUE'", coordinator)).as("the e-mail takes the recipient's language of these")
                .containsEntry("title_ja", "チェックインの期限：" + proName + "さん（engage-remindの伴走プロジェクト）")
                .containsEntry("title_en", "Check-in due: " + proName + " (engage-remindの伴走プロジェクト)")
                .containsEntry("link", "w/" + h.team().slug() + "/engagements/" + h.engagementId());

        signIn.as(h.pro());
        mine.checkIn(h.engagementId(), new CheckInDraft(CheckInStatus.ON_TRACK, "順調です", null, false));
        signIn.as(h.team().admin());
        clock.advance(Duration.ofDays(14));
        engagements.close(h.team().slug(), h.engagementId(), version(h.engagementId()), Outcome.ENDED_EARLY,
                "先方の事業計画が変わった", "半分まで", true);
        signIn.out();
        reminders.remindDue();
        assertThat(sent.getAsLong()).as("never for an ended engagement").isOne();
    }

    @Test
    void a_coordinator_with_several_items_due_at_once_gets_one_notice_listing_them() {
        Hire first = hire("engage-list");
        Hire second = hireInto(first.team(), first.projectId(), "engage-list-second");
        LocalDate today = JapanTime.today(clock);
        signIn.as(first.team().admin());
        for (Hire h : List.of(first, second)) {
            engagements.confirm(h.team().slug(), h.engagementId(), version(h.engagementId()), terms(h, today, 0, BudgetBasis.ENGAGEMENT));
        }
        signIn.out();
        clock.advance(Duration.ofDays(14));
        reminders.remindDue();
        long coordinator = users.byEmail(first.team().admin()).orElseThrow().id();
        assertThat(jdbc.queryForList("SELECT kind FROM notification WHERE user_id = ? AND kind LIKE 'ENGAGEMENT_DUE%'",
                String.class, coordinator)).containsExactly("ENGAGEMENT_DUE_LIST");
        assertThat(jdbc.queryForObject("SELECT body_ja FROM notification WHERE user_id = ? AND kind = 'ENGAGEMENT_DUE_LIST'",
                String.class, coordinator)).contains("次の2件", users.byId(first.proId()).orElseThrow().displayName(),
                users.byId(second.proId()).orElseThrow().displayName());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM engagement_reminder WHERE engagement_id IN (?, ?)",
                Long.class, first.engagementId(), second.engagementId())).as("each item sent once").isEqualTo(2L);
    }

    @Test
    void travel_claims_stay_within_the_budget_and_staff_decide_them_once() {
        Hire h = hire("engage-travel");
        LocalDate today = JapanTime.today(clock);
        signIn.as(h.team().admin());
        engagements.confirm(h.team().slug(), h.engagementId(), version(h.engagementId()),
                terms(h, today.minusDays(10), 30_000, BudgetBasis.ENGAGEMENT));
        long visit = visits.plan(h.team().slug(), h.engagementId(), today.plusDays(3), "コーディネーター 佐藤", "チーズ工房");
        assertThat(engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE).nextVisitOn()).isEqualTo(today.plusDays(3));
        assertThat(key(() -> visits.done(h.team().slug(), visit, today.plusDays(1), "見学"))).isEqualTo("engagement.error.future");

        signIn.as(h.pro());
        long first = mine.claim(h.engagementId(), new ClaimDraft(today.minusDays(2), "東京→帯広（航空券）", 20_000, "領収書あり"));
        assertThat(keys(() -> mine.claim(h.engagementId(), new ClaimDraft(today.plusDays(1), " ", 15_000, null))))
                .containsExactlyInAnyOrder("error.required", "engagement.error.future", "engagement.error.over-budget");
        InputRejectedException over = catchThrowableOfType(InputRejectedException.class,
                () -> mine.claim(h.engagementId(), new ClaimDraft(today, "帯広→東京", 15_000, null)));
        assertThat(over.problems().getFirst().args()).as("says what is left").containsExactly("10,000");
        assertThat(key(() -> mine.claim(h.engagementId(), new ClaimDraft(today, "帯広→東京", -5, null))))
                .isEqualTo("engagement.error.amount-positive");

        signIn.as(h.team().admin());
        assertThat(key(() -> claims.decide(h.team().slug(), first, false, " "))).isEqualTo("engagement.error.reject-reason");
        claims.decide(h.team().slug(), first, false, "領収書の画像を添えてください");
        assertThat(key(() -> claims.decide(h.team().slug(), first, true, null))).isEqualTo("engagement.error.claim-decided");
        assertThat(engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE).remainingYen())
                .as("a returned claim frees its yen").isEqualTo(30_000L);
        signIn.as(h.pro());
        long second = mine.claim(h.engagementId(), new ClaimDraft(today, "東京→帯広", 30_000, "再提出"));
        signIn.as(h.team().admin());
        claims.decide(h.team().slug(), second, true, null);
        assertThat(engagements.overview(h.team().slug(), EngagementQuery.current(), 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.remainingYen()).isZero());

        String csv = new String(engagements.export(h.team().slug(), EngagementQuery.current(),
                jp.enishi.selection.PipelineExport.Format.CSV, Locale.JAPANESE), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF氏名,プロジェクト,役割,状態").contains(users.byId(h.proId()).orElseThrow().displayName(),
                "伴走中", today.minusDays(10).plusMonths(3).minusDays(1).toString());
        assertThat(new String(engagements.export(h.team().slug(), EngagementQuery.current(),
                jp.enishi.selection.PipelineExport.Format.CSV, Locale.ENGLISH), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("\uFEFFName,Project,Role,Status").contains("Running");
        assertThat(engagements.export(h.team().slug(), EngagementQuery.current(), jp.enishi.selection.PipelineExport.Format.XLSX,
                Locale.JAPANESE)).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void a_theme_owner_sees_only_their_projects_engagements_and_a_professional_only_their_own() {
        Hire h = hire("engage-who");
        String owner = teams.addMember(h.team(), Role.THEME_OWNER);
        String stranger = projects.professional("engage-stranger");
        signIn.as(owner);
        assertThat(engagements.count(h.team().slug(), EngagementQuery.current())).isZero();
        assertThatThrownBy(() -> engagements.open(h.team().slug(), h.engagementId(), Locale.JAPANESE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> engagements.confirm(h.team().slug(), h.engagementId(), 0,
                terms(h, JapanTime.today(clock), 0, BudgetBasis.ENGAGEMENT))).isInstanceOf(AccessDeniedException.class);
        signIn.as(stranger);
        assertThat(mine.mine(Locale.JAPANESE)).isEmpty();
        assertThatThrownBy(() -> mine.open(h.engagementId(), Locale.JAPANESE)).isInstanceOf(NoSuchRecordException.class);
        assertThatThrownBy(() -> mine.checkIn(h.engagementId(), new CheckInDraft(CheckInStatus.ON_TRACK, "乗っ取り", null, false)))
                .isInstanceOf(NoSuchRecordException.class);
    }

    private static String key(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().getFirst().messageKey();
    }

    private static List<String> keys(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(InputRejectedException.class, call).problems().stream()
                .map(jp.enishi.base.Problem::messageKey).toList();
    }
}
