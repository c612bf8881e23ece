package jp.enishi.demo;

import java.time.Clock;
import java.util.Locale;

import jp.enishi.base.JapanTime;
import jp.enishi.identity.AccountService;
import jp.enishi.identity.ProfileChange;
import jp.enishi.project.ProjectService;
import jp.enishi.project.ProjectStatus;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Interviews;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import org.springframework.stereotype.Component;

/**
 * The demo professionals write their 自己紹介 and apply to Shiojiri's WaiNari project; the admin has already moved
 * one of them on to 書類確認 and invited the other to an online interview; a third applied too, was declined and
 * asked to stay in Shiojiri's talent pool. 中村 花子 shows her profile to every municipality, so each talent pool has
 * someone in it — the pipeline, the pools, the bells and /me show something real. Adds only what is missing.
 */
@Component
class DemoApplications {

    private static final String WAINARI = "WaiNariを活用した地域資源の可視化による販路拡大";

    private final DemoSession session;
    private final AccountService accounts;
    private final ProjectService projects;
    private final Applying applying;
    private final Pipeline pipeline;
    private final jp.enishi.talent.TalentProfiles talent;
    private final Interviews interviews;
    private final Clock clock;
    private final jp.enishi.talent.TalentPool pool;
    private final jp.enishi.talent.PoolNotes poolNotes;
    private final jp.enishi.identity.UserDirectory users;
    private final jp.enishi.talent.Consents consents;
    private final jp.enishi.selection.Nominations nominations;

    DemoApplications(DemoSession session, AccountService accounts, ProjectService projects, Applying applying, Pipeline pipeline,
                     jp.enishi.talent.TalentProfiles talent, Interviews interviews, Clock clock,
                     jp.enishi.talent.TalentPool pool, jp.enishi.talent.PoolNotes poolNotes,
                     jp.enishi.identity.UserDirectory users, jp.enishi.talent.Consents consents,
                     jp.enishi.selection.Nominations nominations) {
        this.consents = consents;
        this.nominations = nominations;
        this.users = users;
        this.pool = pool;
        this.poolNotes = poolNotes;
        this.interviews = interviews;
        this.clock = clock;
        this.session = session;
        this.accounts = accounts;
        this.projects = projects;
        this.applying = applying;
        this.pipeline = pipeline;
        this.talent = talent;
    }

    void ensure() {
        // Through the workspace's list, not the search index: a new index may still be rebuilding at this point.
        long project = session.as(DemoPeople.SHIOJIRI_ADMIN.email(), () -> projects.list("shiojiri", ProjectStatus.PUBLISHED))
                .rows().stream().filter(r -> r.title().equals(WAINARI)).findFirst().orElseThrow().id();
        apply(DemoPeople.PRO_MARKETER.email(), "食品メーカーでブランドマネージャーを12年。ワインのファンづくりに興味があります。",
                project, 0, "ワインが好きで、作り手と飲み手をつなぐコミュニティを一緒につくりたいと思い応募しました。", "月4日程度、平日夜と週末");
        apply(DemoPeople.PRO_ENGINEER.email(), "Webエンジニア。データ可視化のダッシュボードを多く作ってきました。",
                project, 1, "WaiNariのデータを、生産者が自分で使える形にしたいです。", "月3日、リモート中心");
        session.run(DemoPeople.SHIOJIRI_ADMIN.email(), () -> pipeline.applicants("shiojiri", project).rows().stream()
                .filter(r -> r.stage() == Stage.APPLIED && r.roleTitle().equals("コミュニティデザイナー")).findFirst()
                .ifPresent(r -> pipeline.move("shiojiri", r.id(), r.version(), Stage.SCREENING, null, false)));
        session.run(DemoPeople.SHIOJIRI_STAFF.email(), () -> pipeline.applicants("shiojiri", project).rows().stream()
                .filter(r -> r.stage() == Stage.APPLIED && r.name().equals(DemoPeople.PRO_ENGINEER.displayName()))
                .findFirst().ifPresent(r -> interviews.schedule("shiojiri", r.id(),
                        JapanTime.today(clock).plusDays(5).atTime(19, 0), 30,
                        "https://meet.example/wainari-takahashi", "鈴木（塩尻市）、WaiNari 担当")));
        apply(DemoPeople.PRO_DESIGNER.email(), "グラフィックデザイナー。ラベルやパッケージのデザインが得意です。",
                project, 0, "ワインのラベルデザインの経験を生かして、産地の魅力を伝えたいです。", "月2日、土日");
        session.run(DemoPeople.SHIOJIRI_ADMIN.email(), () -> pipeline.applicants("shiojiri", project).rows().stream()
                .filter(r -> r.stage() == Stage.APPLIED && r.name().equals(DemoPeople.PRO_DESIGNER.displayName()))
                .findFirst().ifPresent(r -> {
                    pipeline.move("shiojiri", r.id(), r.version(), Stage.DECLINED,
                            "今回はコミュニティ運営の経験を重視。デザインの力はラベル刷新の企画で改めて相談したい。", false);
                    pipeline.askToPool("shiojiri", r.id());
                }));
        // She says yes; the staff keep a note and a tag, so the member's page shows a relationship.
        session.run(DemoPeople.PRO_DESIGNER.email(), () -> applying.poolRequests(Locale.JAPANESE).stream()
                .filter(r -> r.state() == jp.enishi.selection.PoolAsk.ASKED).findFirst()
                .ifPresent(r -> applying.answerPoolRequest(r.id(), true)));
        session.run(DemoPeople.SHIOJIRI_STAFF.email(), () -> users.byEmail(DemoPeople.PRO_DESIGNER.email())
                .map(u -> pool.member("shiojiri", u.id()))
                .filter(m -> poolNotes.notes("shiojiri", m.userId()).isEmpty()).ifPresent(m -> {
                    poolNotes.addNote("shiojiri", m.userId(),
                            "ラベルデザインの力は確か。来年度のワインラベル刷新の企画ができたら、まず声をかける。");
                    poolNotes.tag("shiojiri", m.userId(), "デザイン");
                    poolNotes.tag("shiojiri", m.userId(), "ワイン");
                }));
        // MEGURU Lab's talent sharing (seed 003): she lets Shiojiri share her with the consortium, and Tottori,
        // finding her in the shared pool, nominates her — 「あなたが必要」 — for one of its open roles.
        session.run(DemoPeople.PRO_DESIGNER.email(), () -> consents.give("shiojiri", jp.enishi.talent.ConsentPurpose.CONSORTIUM));
        session.run(DemoPeople.TOTTORI_ADMIN.email(), () -> users.byEmail(DemoPeople.PRO_DESIGNER.email()).ifPresent(u -> {
            if (nominations.toPerson("tottori", u.id()).isEmpty()) {
                nominations.openRoles("tottori").stream().findFirst().ifPresent(role -> nominations.nominate("tottori",
                        u.id(), role.projectId(), role.rolePosition(),
                        "塩尻のワインラベルの仕事を拝見しました。鳥取の産品も、まず手に取ってもらうところから変えたいと考えています。"
                                + "デザインの力で産地の魅力を伝えてきたあなたが必要です。一度、オンラインでお話しできませんか。",
                        JapanTime.today(clock).plusDays(14)));
            }
        }));
    }

    private void apply(String email, String bio, long project, int role, String motivation, String availability) {
        session.run(email, () -> {
            if (applying.mine(Locale.JAPANESE).stream().anyMatch(a -> a.projectTitle().equals(WAINARI))) {
                return;
            }
            var me = accounts.me();
            if (me.bio() == null) {
                accounts.updateMe(new ProfileChange(me.displayName(), me.fullName(), "東京都", bio, me.version()));
            }
            applying.apply(project, role, motivation, availability);
            if (email.equals(DemoPeople.PRO_MARKETER.email()) && talent.mine().version() < 0) {
                talent.save(new jp.enishi.talent.TalentProfileData("食品ブランドのマーケター",
                        java.util.Set.of(jp.enishi.project.SkillCategory.MARKETING, jp.enishi.project.SkillCategory.BRANDING_DESIGN),
                        java.util.List.of("ブランド戦略", "SNS", "コミュニティ運営"), "食品メーカーで商品ブランドを担当して12年。地方の作り手の商品づくりにも関わってきました。",
                        java.util.List.of("食品メーカー ブランドマネージャー（2014–）", "広告代理店 プランナー（2010–2014）"),
                        java.util.List.of("https://example.jp/hanako"), 4, null, jp.enishi.project.WorkStyle.REMOTE,
                        java.util.Set.of(jp.enishi.workspace.Region.CHUBU, jp.enishi.workspace.Region.HOKKAIDO),
                        java.util.List.of("ワイン", "食"), java.util.Set.of(jp.enishi.talent.Motivation.DOING_WHAT_I_LOVE,
                        jp.enishi.talent.Motivation.CONTRIBUTING_TO_A_REGION), null, -1));
                talent.show(jp.enishi.talent.ProfileVisibility.ALL_MUNICIPALITIES);
            }
        });
    }
}
