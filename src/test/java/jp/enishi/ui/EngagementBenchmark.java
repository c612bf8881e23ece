package jp.enishi.ui;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.engagement.EngagementQuery;
import jp.enishi.engagement.Engagements;
import jp.enishi.engagement.ui.EngagementsView;
import jp.enishi.selection.PipelineExport;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static jp.enishi.Timings.pct;
import static jp.enishi.Timings.time;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark -Dtest=EngagementBenchmark} (README). A workspace
 * with 5,000 engagements ({@code -Dbenchmark.engagements=…}) and ten check-ins each, beside an empty one in the same
 * run: the overview's first page and count (service, and the page opened in Karibu), the export of all, and the
 * reminder job with a tenth of the engagements due. Each with its statements — JPA's prepared statements and the
 * database server's own count of every statement (JDBC included). Prints figures; asserts nothing about speed.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "vaadin.devmode.componentTracker.enabled=false"})
class EngagementBenchmark extends KaribuTest {

    static final int RUNS = 50;

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Engagements engagements;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagers;

    private Statistics stats;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("benchmark.engagements", 5_000);
        Team big = teams.create("engage-bench");
        Team empty = teams.create("engage-empty");
        long project = testProjects.published(big, testProjects.complete("副業人材の伴走", "物語"));
        long started = System.nanoTime();
        BenchmarkApplicants.generate(jdbc, project, n, "engage");
        long admin = jdbc.queryForObject("SELECT id FROM app_user WHERE email = ?", Long.class, big.admin());
        // Japan's date, as the job reads it (the database's own CURDATE() is UTC's).
        String today = "DATE('" + jp.enishi.base.JapanTime.today(java.time.Clock.systemUTC()) + "')";
        // Every application hired and engaged: running, a tenth due today (set before, so reminded), the rest due
        // over the next six weeks; health spread 8:1:1 over 順調・要注意・停滞.
        jdbc.update(("INSERT INTO engagement (workspace_id, project_id, application_id, user_id, project_title, role_title,"
                + " status, contract, starts_on, ends_on, yen_per_month, days_per_month, work_style, coordinator_id, goal,"
                + " channel, check_in_days, travel_budget_yen, health, next_check_in_on, next_check_in_set_on, created_at,"
                + " started_at) SELECT a.workspace_id, a.project_id, a.id, a.user_id, '副業人材の伴走', a.role_title,"
                + " 'ACTIVE', 'OUTSOURCING', CURDATE() - INTERVAL 60 DAY, CURDATE() + INTERVAL 60 DAY, 40000, 4, 'REMOTE', ?,"
                + " '最初の3か月の目標', 'Slack', 14, IF(a.id % 3 = 0, 100000, 0),"
                + " ELT(1 + a.id % 10, 'ON_TRACK', 'ON_TRACK', 'AT_RISK', 'ON_TRACK', 'ON_TRACK', 'ON_TRACK', 'BLOCKED',"
                + " 'ON_TRACK', 'ON_TRACK', 'ON_TRACK'),"
                + " IF(a.id % 10 = 0, CURDATE(), CURDATE() + INTERVAL 1 + a.id % 42 DAY), CURDATE() - INTERVAL 30 DAY,"
                + " NOW(6), NOW(6) FROM application a WHERE a.project_id = ?").replace("CURDATE()", today), admin, project);
        jdbc.update("INSERT INTO check_in (engagement_id, side, author_id, status, notes, next_steps, written_at)"
                + " SELECT e.id, IF(k.n % 2 = 0, 'TEAM', 'PROFESSIONAL'), IF(k.n % 2 = 0, ?, e.user_id), 'ON_TRACK',"
                + " '試作品を作り、テーマオーナーと振り返りました。次は販路を試します。', '次回の定例で確認',"
                + " NOW(6) - INTERVAL (10 - k.n) * 14 DAY FROM engagement e"
                + " JOIN (SELECT 0 n UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5"
                + " UNION SELECT 6 UNION SELECT 7 UNION SELECT 8 UNION SELECT 9) k WHERE e.project_id = ?", admin, project);
        jdbc.update(("INSERT INTO travel_claim (engagement_id, trip_on, route, amount_yen, status, submitted_at)"
                + " SELECT e.id, CURDATE() - INTERVAL 5 DAY, '東京→現地', 30000, 'APPROVED', NOW(6) FROM engagement e"
                + " WHERE e.project_id = ? AND e.travel_budget_yen > 0").replace("CURDATE()", today), project);
        long checkIns = jdbc.queryForObject("SELECT COUNT(*) FROM check_in c JOIN engagement e ON e.id = c.engagement_id"
                + " WHERE e.project_id = ?", Long.class, project);
        stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        System.out.printf(Locale.ROOT, "%n=== Engagement benchmark: %,d engagements, %,d check-ins (generated in %.1f s),"
                + " beside an empty workspace ===%n", n, checkIns, (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %12s %12s%n", "", "rows", "p50 ms", "p95 ms", "JPA stmts",
                "all stmts");

        EngagementQuery current = EngagementQuery.current();
        EngagementQuery attention = new EngagementQuery(EngagementQuery.Show.ATTENTION, null, null, null);
        timed("overview page of 50 + count (empty workspace)", () -> {
            engagements.count(empty.slug(), current);
            return engagements.overview(empty.slug(), current, 0, 50).size();
        }, empty);
        timed("overview page of 50 + count (" + n + ")", () -> {
            engagements.count(big.slug(), current);
            return engagements.overview(big.slug(), current, 0, 50).size();
        }, big);
        timed("needing attention, page of 50 + count (" + n + ")", () -> {
            engagements.count(big.slug(), attention);
            return engagements.overview(big.slug(), attention, 0, 50).size();
        }, big);
        timed("page 40 of 50 (offset 2,000) (" + n + ")", () -> engagements.overview(big.slug(), current, 2_000, 50).size(), big);
        timed("open /w/…/engagements in Karibu (empty)", () -> {
            open("w/" + empty.slug() + "/engagements");
            return current(EngagementsView.class) == null ? 0 : 1;
        }, empty);
        timed("open /w/…/engagements in Karibu (" + n + ")", () -> {
            open("w/" + big.slug() + "/engagements");
            return current(EngagementsView.class) == null ? 0 : 1;
        }, big);
        signInAs(big.admin());
        once("export XLSX, every engagement (" + n + ")", () -> engagements.export(big.slug(),
                new EngagementQuery(EngagementQuery.Show.ALL, null, null, null), PipelineExport.Format.XLSX, Locale.JAPANESE).length);

        signIn.out();
        // The job's class is the engagement module's own; run it as the scheduler would, through its bean.
        Object job = context.getBean("engagementReminders");
        java.lang.reflect.Method remind = job.getClass().getMethod("remindDue");
        remind.setAccessible(true);
        once("reminder job, a tenth due (" + n + ")", () -> {
            invoke(remind, job);
            return jdbc.queryForObject("SELECT COUNT(*) FROM engagement_reminder", Long.class).intValue();
        });
        System.out.println("  reminded (item, days from today, how many): " + jdbc.queryForList("SELECT CONCAT(item, ' ',"
                + " DATEDIFF(due_on, " + today + "), ' ', COUNT(*)) FROM engagement_reminder GROUP BY item, due_on", String.class));
        once("reminder job again: nothing new due (floor)", () -> {
            invoke(remind, job);
            return jdbc.queryForObject("SELECT COUNT(*) FROM engagement_reminder", Long.class).intValue();
        });
    }

    private static void invoke(java.lang.reflect.Method method, Object target) {
        try {
            method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private long serverStatements() {
        return jdbc.queryForObject("SHOW GLOBAL STATUS LIKE 'Questions'", (rs, i) -> rs.getLong(2));
    }

    /** As the team's admin: measured once for its statements, then timed. */
    private void timed(String what, Supplier<Integer> call, Team team) {
        signInAs(team.admin());
        int[] rows = {0};
        long jpa = stats.getPrepareStatementCount();
        long all = serverStatements();
        rows[0] = call.get();
        long jpaOne = stats.getPrepareStatementCount() - jpa;
        long allOne = serverStatements() - all - 1;
        double[] ms = time(call::get, RUNS, 10);
        System.out.printf(Locale.ROOT, "%-52s %8d %8.2f %8.2f %12d %12d%n", what, rows[0], pct(ms, 50), pct(ms, 95),
                jpaOne, allOne);
    }

    private void once(String what, Supplier<Integer> call) {
        long jpa = stats.getPrepareStatementCount();
        long all = serverStatements();
        long t = System.nanoTime();
        int rows = call.get();
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf(Locale.ROOT, "%-52s %8d %8.0f %8s %12d %12d%n", what, rows, ms, "", stats.getPrepareStatementCount() - jpa,
                serverStatements() - all - 1);
    }
}
