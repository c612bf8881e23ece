package jp.enishi.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import jp.enishi.base.InputRejectedException;
import jp.enishi.base.JapanTime;
import jp.enishi.selection.InterviewSlots;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.PipelineExport;
import jp.enishi.selection.PipelineQuery;
import jp.enishi.selection.SlotBooking;
import jp.enishi.selection.Stage;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark -Dtest=SelectionScaleBenchmark} (README).
 * Selection at Tottori's scale in one project of N applications (default 2,000): choose all that match and move 500
 * at once, export all N rows as CSV and .xlsx, and 200 applicants booking interview slots at the same moment (each
 * picks one of the first five slots their page shows as open, and looks again when told it was taken) — each
 * beside the same action on a project of one (the floor, measured in the same run), with wall time and SQL
 * statements. Prints figures; asserts nothing about speed.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class SelectionScaleBenchmark extends KaribuTest {

    static final int BULK = 500;
    static final int BOOKERS = 200;

    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired Pipeline pipeline;
    @Autowired PipelineExport export;
    @Autowired InterviewSlots slots;
    @Autowired SlotBooking booking;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagers;

    private Statistics stats;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("benchmark.applications", 2_000);
        Team team = teams.create("scale");
        long big = testProjects.published(team, testProjects.complete("鳥取県 週1副社長 大募集", "物語"));
        long small = testProjects.published(team, testProjects.complete("小さな募集", "物語"));
        BenchmarkApplicants.generate(jdbc, big, n, "scale");
        BenchmarkApplicants.generate(jdbc, small, 1, "scale");
        stats = entityManagers.unwrap(SessionFactory.class).getStatistics();
        signIn.as(team.admin());
        System.out.printf("%nSelection at scale: %,d applications in one project, beside a project of one%n", n);
        System.out.printf("%-44s %8s %10s %10s %12s%n", "", "rows", "ms", "p95 ms", "statements");

        PipelineQuery all = new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50);
        PipelineQuery applied = new PipelineQuery(Stage.APPLIED, PipelineQuery.Order.APPLIED, 50);
        timed("select all that match (1)", 1, () -> pipeline.selectAll(team.slug(), small, all).size());
        timed("select all that match (" + n + ")", n, () -> pipeline.selectAll(team.slug(), big, all).size());
        timed("keyword filter, first page (1)", 1, () -> pipeline.applicants(team.slug(), small,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "会社員", null)).rows().size());
        timed("keyword filter, first page (" + n + ")", n, () -> pipeline.applicants(team.slug(), big,
                new PipelineQuery(null, PipelineQuery.Order.APPLIED, 50, "会社員", null)).rows().size());

        Map<Long, Long> one = pipeline.selectAll(team.slug(), small, applied);
        once("bulk move to 書類確認: 1", 1, () -> pipeline.moveAll(team.slug(), one, Stage.SCREENING, null, false));
        for (int round = 1; round <= 3; round++) {
            Map<Long, Long> chosen = first(pipeline.selectAll(team.slug(), big, applied), BULK);
            once("bulk move to 書類確認: " + BULK + " (round " + round + ")", BULK,
                    () -> pipeline.moveAll(team.slug(), chosen, Stage.SCREENING, null, false));
        }

        for (PipelineExport.Format format : PipelineExport.Format.values()) {
            timed("export " + format + " (1)", 1, () -> export.export(team.slug(), small, format, Locale.JAPANESE).length);
            timed("export " + format + " (" + n + ")", n, () -> export.export(team.slug(), big, format, Locale.JAPANESE).length);
        }
        System.out.printf("  export sizes: CSV %,d bytes, XLSX %,d bytes for %,d rows%n",
                export.export(team.slug(), big, PipelineExport.Format.CSV, Locale.JAPANESE).length,
                export.export(team.slug(), big, PipelineExport.Format.XLSX, Locale.JAPANESE).length, n);

        bookings(team, small, 1);
        bookings(team, big, Math.min(BOOKERS, n));
    }

    /** {@code bookers} applicants at 面談調整, as many slots, all trying the earliest free slot at the same moment. */
    private void bookings(Team team, long project, int bookers) throws Exception {
        signIn.as(team.admin());
        Map<Long, Long> screening = first(pipeline.selectAll(team.slug(), project,
                new PipelineQuery(Stage.SCREENING, PipelineQuery.Order.APPLIED, 50)), bookers);
        pipeline.moveAll(team.slug(), screening, Stage.SCHEDULING, null, false);
        LocalDateTime start = LocalDateTime.now(JapanTime.ZONE).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        for (int published = 0; published < bookers; published += 40) {
            slots.publish(team.slug(), project, start.plusMinutes(15L * published), 15, Math.min(40, bookers - published),
                    "https://meet.example/bench", null, "面談担当 " + project);
        }
        slots.invite(team.slug(), screening.keySet());
        Map<Long, String> people = new LinkedHashMap<>();
        for (Long id : screening.keySet()) {
            people.put(id, jdbc.queryForObject("SELECT u.email FROM application a JOIN app_user u ON u.id = a.user_id"
                    + " WHERE a.id = ?", String.class, id));
        }
        signIn.out();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Double> times = new ConcurrentLinkedQueue<>();
        List<Future<Boolean>> done = new ArrayList<>();
        for (var person : people.entrySet()) {
            done.add(pool.submit(() -> {
                signIn.as(person.getValue());
                go.await();
                try {
                    // As on the page: choose one of the slots shown as open; told it was taken, look again.
                    java.util.Random random = new java.util.Random(person.getKey());
                    for (int attempt = 0; attempt < 50; attempt++) {
                        List<jp.enishi.selection.MySlotOffer.Slot> open = booking.mine(Locale.JAPANESE).stream()
                                .filter(o -> o.applicationId() == person.getKey()).findFirst().orElseThrow().open();
                        if (open.isEmpty()) {
                            return false;
                        }
                        long t = System.nanoTime();
                        try {
                            booking.book(person.getKey(), open.get(random.nextInt(Math.min(open.size(), 5))).id());
                            times.add((System.nanoTime() - t) / 1e6);
                            return true;
                        } catch (InputRejectedException taken) {
                            refused.incrementAndGet();
                        }
                    }
                    return false;
                } finally {
                    signIn.out();
                }
            }));
        }
        long before = stats.getPrepareStatementCount();
        long t0 = System.nanoTime();
        go.countDown();
        int booked = 0;
        for (Future<Boolean> f : done) {
            booked += f.get() ? 1 : 0;
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        pool.shutdown();
        long statements = stats.getPrepareStatementCount() - before;
        double[] ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Integer doubled = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT slot_id FROM interview WHERE slot_id IS NOT NULL"
                + " GROUP BY slot_id HAVING COUNT(*) > 1) d", Integer.class);
        System.out.printf("%-44s %8d %10.2f %10.2f %12d%n", "book slots at once: " + bookers + " applicants (wall)",
                bookers, wall, ms.length == 0 ? 0 : ms[(int) Math.ceil(ms.length * 0.95) - 1], statements);
        System.out.printf("  %d of %d booked, %d attempts refused as taken, slots held by two: %d; one booking p50 %.2f ms%n",
                booked, bookers, refused.get(), doubled, ms.length == 0 ? 0 : ms[ms.length / 2]);
    }

    private static Map<Long, Long> first(Map<Long, Long> all, int count) {
        Map<Long, Long> some = new LinkedHashMap<>();
        all.entrySet().stream().limit(count).forEach(e -> some.put(e.getKey(), e.getValue()));
        return some;
    }

    private void once(String what, int rows, java.util.function.IntSupplier call) {
        long before = stats.getPrepareStatementCount();
        long t = System.nanoTime();
        call.getAsInt();
        double ms = (System.nanoTime() - t) / 1e6;
        System.out.printf("%-44s %8d %10.2f %10s %12d%n", what, rows, ms, "", stats.getPrepareStatementCount() - before);
    }

    private void timed(String what, int rows, java.util.function.IntSupplier call) {
        call.getAsInt();
        int runs = 10;
        double[] ms = new double[runs];
        long statements = 0;
        for (int i = 0; i < runs; i++) {
            long before = stats.getPrepareStatementCount();
            long t = System.nanoTime();
            call.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
            statements = stats.getPrepareStatementCount() - before;
        }
        Arrays.sort(ms);
        System.out.printf("%-44s %8d %10.2f %10.2f %12d%n", what, rows, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1],
                statements);
    }
}
