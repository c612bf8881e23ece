package jp.enishi.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineRow;
import jp.enishi.selection.Stage;
import jp.enishi.selection.ui.PipelineView;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark} (README). A project with N applications
 * (default 2,000, Tottori's scale; {@code -Dbenchmark.applications=…}) beside a project with one: the server time
 * to open the pipeline — the service call alone, and the whole view built as a page load — and to move one
 * applicant, with the SQL statements each takes (Hibernate statistics). Prints p50/p95; asserts nothing about speed.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PipelineBenchmark extends KaribuTest {

    static final int RUNS = 30;

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Pipeline pipeline;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagers;

    @Test
    void measure() {
        int n = Integer.getInteger("benchmark.applications", 2_000);
        Team team = teams.create("bench");
        long big = testProjects.published(team, testProjects.complete("鳥取県 週1副社長 大募集", "物語"));
        long small = testProjects.published(team, testProjects.complete("小さな募集", "物語"));
        long t0 = System.nanoTime();
        BenchmarkApplicants.generate(jdbc, big, n, "bench");
        BenchmarkApplicants.generate(jdbc, small, 1, "bench");
        System.out.printf("%nPipeline benchmark: %,d applications generated in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        signInAs(team.admin());
        Statistics stats = entityManagers.unwrap(SessionFactory.class).getStatistics();

        String path = "w/" + team.slug() + "/projects/";
        System.out.printf("%-34s %12s %10s %10s %12s%n", "", "applications", "p50 ms", "p95 ms", "statements");
        for (long project : new long[] {small, big}) {
            int count = project == big ? n : 1;
            report("open: Pipeline.applicants", count, stats, () -> pipeline.applicants(team.slug(), project));
            report("open: whole view (page load)", count, stats, () -> {
                open(path + project + "/applicants");
                return current(PipelineView.class);
            });
            report("open: board view (page load)", count, stats, () -> {
                open(path + project + "/applicants?view=board");
                return current(PipelineView.class);
            });
            List<PipelineRow> rows = new ArrayList<>(pipeline.applicants(team.slug(), project).rows());
            int[] next = {0};
            report("move one applicant", count, stats, () -> {
                PipelineRow row = rows.get(next[0]++ % rows.size());
                PipelineRow fresh = pipeline.applicants(team.slug(), project).rows().stream()
                        .filter(r -> r.id() == row.id()).findFirst().orElseThrow();
                Stage to = fresh.stage() == Stage.APPLIED ? Stage.SCREENING : Stage.DECLINED;
                if (fresh.stage().isFinal()) {
                    jdbc.update("UPDATE application SET stage = 'APPLIED' WHERE id = ?", row.id());
                    return null;
                }
                long before = stats.getPrepareStatementCount();
                long t = System.nanoTime();
                pipeline.move(team.slug(), row.id(), fresh.version(), to, "ベンチマーク", false);
                moveTimes.add((System.nanoTime() - t) / 1e6);
                moveStatements = stats.getPrepareStatementCount() - before;
                return null;
            });
            printMoves(count);
            if (count >= 50) {
                bulkMove(team.slug(), project, stats);
            }
        }
    }

    /** 50 applicants moved in one call (the list's bulk action): the statements it takes. */
    private void bulkMove(String slug, long project, Statistics stats) {
        java.util.Map<Long, Long> versions = new java.util.LinkedHashMap<>();
        pipeline.applicants(slug, project).rows().stream().filter(r -> r.stage() == Stage.APPLIED).limit(50)
                .forEach(r -> versions.put(r.id(), r.version()));
        long before = stats.getPrepareStatementCount();
        long t = System.nanoTime();
        int moved = pipeline.moveAll(slug, versions, Stage.SCREENING, null, false);
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf("%-34s %12d %10.2f %10s %12d%n", "bulk move of " + moved + " applicants", versions.size(), ms, "",
                stats.getPrepareStatementCount() - before);
    }

    private final List<Double> moveTimes = new ArrayList<>();
    private long moveStatements;

    private void printMoves(int count) {
        double[] ms = moveTimes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        moveTimes.clear();
        if (ms.length > 0) {
            System.out.printf("%-34s %12d %10.2f %10.2f %12d%n", "  (the move call alone)", count,
                    ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], moveStatements);
        }
    }

    private static void report(String what, int count, Statistics stats, Supplier<Object> call) {
        call.get();
        double[] ms = new double[RUNS];
        long statements = 0;
        for (int i = 0; i < RUNS; i++) {
            long before = stats.getPrepareStatementCount();
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            statements = stats.getPrepareStatementCount() - before;
        }
        Arrays.sort(ms);
        System.out.printf("%-34s %12d %10.2f %10.2f %12d%n", what, count, ms[RUNS / 2],
                ms[(int) Math.ceil(RUNS * 0.95) - 1], statements);
    }
}
