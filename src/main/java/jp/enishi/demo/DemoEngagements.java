package jp.enishi.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.enishi.base.JapanTime;
import jp.enishi.engagement.BudgetBasis;
import jp.enishi.engagement.CheckInDraft;
import jp.enishi.engagement.CheckInStatus;
import jp.enishi.engagement.CheckIns;
import jp.enishi.engagement.ClaimDraft;
import jp.enishi.engagement.ContractType;
import jp.enishi.engagement.EngagementQuery;
import jp.enishi.engagement.EngagementRow;
import jp.enishi.engagement.EngagementStatus;
import jp.enishi.engagement.Engagements;
import jp.enishi.engagement.MyEngagements;
import jp.enishi.engagement.Outcome;
import jp.enishi.engagement.Terms;
import jp.enishi.engagement.TravelClaims;
import jp.enishi.engagement.Visits;
import jp.enishi.identity.UserDirectory;
import jp.enishi.project.ProjectRow;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.project.WorkStyle;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import jp.enishi.workspace.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 伴走 after the hire, one programme each: Shiojiri's ten MEGURU side-jobbers with their check-ins (most on track,
 * two at risk, one blocked, one closed and staying on pro bono), Kamishihoro's two 縁ハンス contracts, Nanto's firm
 * partner with a visit every two months (one done, one planned) and a new hire whose terms are still to be
 * confirmed, and a Kumamoto engagement with travel claims
 * against its budget. Hired through the pipeline; these hires were made after interviews held before Enishi, so
 * the interview rule is lifted for the moment of the move and put back. Adds only what is missing.
 */
@Component
class DemoEngagements {

    private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);

    private final DemoSession session;
    private final ProjectService projects;
    private final Applying applying;
    private final Pipeline pipeline;
    private final WorkspaceService workspaces;
    private final Engagements engagements;
    private final CheckIns checkIns;
    private final Visits visits;
    private final TravelClaims claims;
    private final MyEngagements mine;
    private final UserDirectory users;
    private final jp.enishi.identity.AccountService accounts;
    private final Clock clock;

    DemoEngagements(DemoSession session, ProjectService projects, Applying applying, Pipeline pipeline,
                    WorkspaceService workspaces, Engagements engagements, CheckIns checkIns, Visits visits,
                    TravelClaims claims, MyEngagements mine, UserDirectory users,
                    jp.enishi.identity.AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.session = session;
        this.projects = projects;
        this.applying = applying;
        this.pipeline = pipeline;
        this.workspaces = workspaces;
        this.engagements = engagements;
        this.checkIns = checkIns;
        this.visits = visits;
        this.claims = claims;
        this.mine = mine;
        this.users = users;
        this.clock = clock;
    }

    void ensure() {
        hire("shiojiri", DemoPeople.SHIOJIRI_ADMIN.email(), DemoPeople.SHIOJIRI_SIDE_JOBBERS);
        hire("kamishihoro", DemoPeople.KAMISHIHORO_ADMIN.email(), DemoPeople.KAMISHIHORO_CONTRACTORS);
        hire("nanto", DemoPeople.NANTO_ADMIN.email(), List.of(DemoPeople.NANTO_PARTNER, DemoPeople.NANTO_NEW_HIRE));
        hire("kumamoto", DemoPeople.KUMAMOTO_ADMIN.email(), List.of(DemoPeople.KUMAMOTO_PRO));
        LocalDate today = JapanTime.today(clock);
        run("shiojiri", DemoPeople.COORDINATOR.email(), 10,
                (row, i) -> session.run(DemoPeople.COORDINATOR.email(), () -> shiojiri(row, i, today)));
        run("kamishihoro", DemoPeople.KAMISHIHORO_ADMIN.email(), 2,
                (row, i) -> session.run(DemoPeople.KAMISHIHORO_ADMIN.email(), () -> kamishihoro(row, i, today)));
        // Nanto's second hire stays with its terms to confirm: the overview shows what a fresh hire asks for.
        run("nanto", DemoPeople.NANTO_ADMIN.email(), 2, (row, i) -> {
            if (i == 0) {
                session.run(DemoPeople.NANTO_ADMIN.email(), () -> nanto(row, today));
            }
        });
        run("kumamoto", DemoPeople.KUMAMOTO_ADMIN.email(), 1, (row, i) -> kumamoto(row, today));
    }

    /** Each person applies to one of the region's published projects, and its admin hires them. */
    private void hire(String slug, String admin, List<DemoPeople.Person> people) {
        List<ProjectRow> published = session.as(admin, () -> projects.list(slug, ProjectStatus.PUBLISHED)).rows();
        if (published.isEmpty()) {
            return;
        }
        for (int i = 0; i < people.size(); i++) {
            DemoPeople.Person person = people.get(i);
            ProjectRow project = published.get(i % published.size());
            boolean applied = session.as(person.email(), () -> !applying.mine(Locale.JAPANESE).isEmpty());
            if (applied) {
                continue;
            }
            long application = session.as(person.email(), () -> {
                var me = accounts.me();
                if (me.bio() == null) {
                    accounts.updateMe(new jp.enishi.identity.ProfileChange(me.displayName(), me.fullName(), "東京都",
                            "都内の企業で働きながら、副業で地域の事業に関わっています。", me.version()));
                }
                return applying.apply(project.id(), 0,
                    "本業の経験を生かして、地域の事業を一緒に前へ進めたいと思い応募しました。", "月4日、平日夜と週末");
            });
            session.run(admin, () -> {
                boolean rule = workspaces.interviewRequired(slug);
                workspaces.requireInterview(slug, false);
                pipeline.move(slug, application, applicationVersion(slug, project.id(), application), Stage.SCREENING, null, false);
                pipeline.move(slug, application, applicationVersion(slug, project.id(), application), Stage.HIRED,
                        "面談で、テーマオーナーと目標をすり合わせて決めました。", true);
                workspaces.requireInterview(slug, rule);
            });
        }
    }

    /** From the project's list, so that no applicant is "opened" in the privacy audit by the demo. */
    private long applicationVersion(String slug, long projectId, long applicationId) {
        return pipeline.applicants(slug, projectId).rows().stream().filter(r -> r.id() == applicationId).findFirst()
                .orElseThrow().version();
    }

    private interface Step {
        void apply(EngagementRow row, int index);
    }

    /**
     * The hires open their engagements after they commit: waits for them (milliseconds as a rule, up to half a
     * minute), then fills each still to confirm.
     */
    private void run(String slug, String coordinator, int expected, Step step) {
        List<EngagementRow> rows = List.of();
        for (int tries = 0; tries < 300; tries++) {
            rows = session.as(coordinator, () -> engagements.overview(slug,
                    new EngagementQuery(EngagementQuery.Show.ALL, null, null, null), 0, 50));
            if (rows.size() >= expected) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        List<EngagementRow> sorted = rows.stream().sorted(java.util.Comparator.comparing(EngagementRow::id)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).status() == EngagementStatus.DRAFT) {
                int index = i;
                step.apply(sorted.get(index), index);
            }
        }
        if (rows.size() < expected) {
            log.warn("Demo engagements of {}: {} of {} opened so far; the rest are filled on the next start", slug,
                    rows.size(), expected);
        }
    }

    private long coordinatorId(String email) {
        return users.byEmail(email).orElseThrow().id();
    }

    private long version(String slug, long engagementId) {
        return engagements.open(slug, engagementId, Locale.JAPANESE).version();
    }

    private void shiojiri(EngagementRow row, int i, LocalDate today) {
        LocalDate start = today.minusDays(45);
        engagements.confirm("shiojiri", row.id(), version("shiojiri", row.id()), new Terms(ContractType.OUTSOURCING,
                start, start.plusMonths(3).minusDays(1), 30_000 + (i % 3) * 10_000, 4, WorkStyle.REMOTE, null,
                coordinatorId(DemoPeople.COORDINATOR.email()), "3か月で、テーマオーナーと決めた最初の施策を形にして、効果を数字で確かめる。",
                "Slackの共有チャンネルと、隔週のオンライン定例", 14, null, 0, BudgetBasis.ENGAGEMENT));
        CheckInStatus status = i == 3 || i == 7 ? CheckInStatus.AT_RISK : i == 5 ? CheckInStatus.BLOCKED : CheckInStatus.ON_TRACK;
        String notes = switch (status) {
            case ON_TRACK -> "初回の施策を公開。テーマオーナーの反応もよく、次の打ち手の候補が3つ出た。";
            case AT_RISK -> "本業が繁忙期で、今月の稼働が2日にとどまった。来月に取り戻す計画を一緒に立てる。";
            case BLOCKED -> "必要なデータの提供が先方の社内手続きで止まっている。世話人から先方に相談する。";
        };
        checkIns.write("shiojiri", row.id(), new CheckInDraft(status, notes, "次回の定例で進み具合を確かめる", false));
        if (i == 9) {
            engagements.close("shiojiri", row.id(), version("shiojiri", row.id()), Outcome.COMPLETED, null,
                    "目標の施策を2つ形にし、販路の数字で効果を確かめた。今後はプロボノとして関わり続けてくれる。", true);
        }
    }

    private void kamishihoro(EngagementRow row, int i, LocalDate today) {
        LocalDate start = today.minusDays(20);
        engagements.confirm("kamishihoro", row.id(), version("kamishihoro", row.id()), new Terms(ContractType.OUTSOURCING,
                start, start.plusMonths(4).minusDays(1), i == 0 ? 50_000 : 40_000, 3, WorkStyle.HYBRID, null,
                coordinatorId(DemoPeople.KAMISHIHORO_ADMIN.email()), i == 0
                ? "事業者の「やりたいこと」を発注仕様に落とし、最初の3か月でブランドの方向性を決める。"
                : "ECサイトの課題を洗い出し、3か月で改修の優先順位と最初の改善を届ける。",
                "月1回のオンライン面談と、アドバイザーを交えたチャット", 14, null, 0, BudgetBasis.ENGAGEMENT));
        checkIns.write("kamishihoro", row.id(), new CheckInDraft(CheckInStatus.ON_TRACK,
                "アドバイザーと事業者を交えた初回面談を実施。やりたいことと予算感をすり合わせた。", "次回までに提案の叩き台を作る", false));
    }

    private void nanto(EngagementRow row, LocalDate today) {
        LocalDate start = today.minusDays(70);
        engagements.confirm("nanto", row.id(), version("nanto", row.id()), new Terms(ContractType.OUTSOURCING, start,
                start.plusMonths(6).minusDays(1), 60_000, 4, WorkStyle.HYBRID, null,
                coordinatorId(DemoPeople.NANTO_ADMIN.email()), "工房の海外向けの販路を1つ試し、反応を確かめる。",
                "月2回のオンライン面談", 30, 60, 0, BudgetBasis.ENGAGEMENT));
        long visit = visits.plan("nanto", row.id(), today.minusDays(10), "南砺市 小林、副業人材 石川", "井波の彫刻工房");
        visits.done("nanto", visit, today.minusDays(10), "工房で職人と作品の写真撮影の段取りを決めた。海外向けの価格帯に迷いがある。");
        visits.plan("nanto", row.id(), today.plusDays(50), "南砺市 小林", "井波の彫刻工房");
        checkIns.write("nanto", row.id(), new CheckInDraft(CheckInStatus.ON_TRACK, "訪問を受けて、価格表の案を作り直した。",
                "海外のバイヤー2社に見本を送る", false));
    }

    /** As Kumamoto's admin and as the professional in turn: each in their own session. */
    private void kumamoto(EngagementRow row, LocalDate today) {
        LocalDate start = today.minusDays(30);
        String admin = DemoPeople.KUMAMOTO_ADMIN.email();
        session.run(admin, () -> engagements.confirm("kumamoto", row.id(), version("kumamoto", row.id()),
                new Terms(ContractType.OUTSOURCING, start, start.plusMonths(3).minusDays(1), 80_000, 4, WorkStyle.HYBRID, null,
                coordinatorId(DemoPeople.KUMAMOTO_ADMIN.email()), "評価と育成の仕組みの骨子を3か月でまとめ、スタッフに説明する。",
                "週1回のオンライン定例", 14, null, 100_000, BudgetBasis.ENGAGEMENT)));
        long first = session.as(DemoPeople.KUMAMOTO_PRO.email(), () -> mine.claim(row.id(),
                new ClaimDraft(start.plusDays(3), "羽田→熊本（航空券）、熊本→阿蘇（バス）", 38_000, "領収書2枚を郵送済み")));
        session.run(admin, () -> claims.decide("kumamoto", first, true, null));
        session.run(DemoPeople.KUMAMOTO_PRO.email(), () -> {
            mine.claim(row.id(), new ClaimDraft(today.minusDays(2), "羽田→熊本（航空券）", 24_000, "電子領収書"));
            mine.checkIn(row.id(), new CheckInDraft(CheckInStatus.ON_TRACK,
                    "ホテルでスタッフ10人に聞き取りをしました。評価の基準が部署ごとにばらばらなのが分かりました。",
                    "評価項目の案を次の定例までに作る", false));
        });
    }
}
