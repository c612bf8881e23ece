package jp.enishi.project;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jp.enishi.workspace.Prefecture;
import jp.enishi.workspace.Region;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static jp.enishi.Timings.pct;
import static jp.enishi.Timings.time;

/**
 * Not a test: a measurement, run with {@code ./mvnw test -Pbenchmark} (README). Generates N projects (default
 * 100,000; {@code -Dbenchmark.projects=…}) across 1,741 workspaces in a fresh embedded MariaDB, builds the Lucene
 * index, then times the public board's search for Japanese queries with filters — the whole service call, including
 * loading the page of 20 projects — side by side with the same queries as SQL {@code LIKE} (page and count). Prints
 * p50/p95 in milliseconds; asserts nothing about speed.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "enishi.data-dir=target/benchmark-data",
        "enishi.embedded-db.port=0",
        "enishi.embedded-db.fresh=true",
        "enishi.demo-data=false",
        "vaadin.launch-browser=false",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
        "logging.level.org.hibernate.search=WARN"
})
class ProjectSearchBenchmark {

    static final int WORKSPACES = 1_741;
    static final int RUNS = 200;
    /** SQL LIKE scans the table each time: fewer runs, or the benchmark takes an hour at 100,000 projects. */
    static final int LIKE_RUNS = 20;
    static final String[] THEMES = {"漆器", "ワイン", "和紙", "杉", "温泉", "水産加工", "和菓子", "チーズ", "白金時豆", "家具",
            "日本酒", "観光", "空き家", "里山", "商店街", "果樹園", "牧場", "古民家", "棚田", "港町"};
    static final String[] AIMS = {"の販路拡大", "のブランドづくり", "の担い手育成", "のECサイト刷新", "を生かした滞在企画",
            "の海外展開", "の新商品開発", "のファンづくり", "の魅力発信", "の事業承継"};
    static final String[] PEOPLE = {"生産者", "職人", "事業者", "農家", "漁師", "宿の主人", "若手経営者"};
    static final String[] FILLER = {"地域の暮らしに根ざした仕事を、都市のプロと一緒に考えます。",
            "人口減少で担い手が足りず、外の視点を必要としています。", "副業だからこそ挑戦できる、小さくても確かな一歩です。",
            "オンラインでの打ち合わせを中心に、必要に応じて現地を訪ねていただきます。",
            "地元の金融機関や商工会とも連携して進めます。"};

    record Query(String text, Region region, Prefecture prefecture, SkillCategory skill, WorkStyle style, Integer pay,
                 boolean open) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("漆器", null, null, null, null, null, false),
            new Query("ワイン 生産者", null, null, null, null, null, true),
            new Query("和紙", Region.CHUBU, null, null, null, null, false),
            new Query("温泉", null, Prefecture.KUMAMOTO, null, null, null, true),
            new Query("ブランドづくり", null, null, SkillCategory.BRANDING_DESIGN, null, null, false),
            new Query("観光", null, null, null, WorkStyle.REMOTE, 50_000, true),
            new Query("職人", Region.TOHOKU, null, SkillCategory.HR_ORGANISATION, null, null, false),
            new Query("チーズ", Region.HOKKAIDO, null, null, null, null, true),
            new Query("空き家 古民家", null, null, null, null, null, false),
            new Query(null, Region.KYUSHU_OKINAWA, null, SkillCategory.MARKETING, WorkStyle.HYBRID, 30_000, true),
            // Readings and single kanji: found through the reading and bigram fields (LIKE finds only the literal text).
            new Query("漆", null, null, null, null, null, false),
            new Query("わいん せいさんしゃ", null, null, null, null, null, true),
            new Query("ちーず", Region.HOKKAIDO, null, null, null, null, true));

    @Autowired JdbcTemplate jdbc;
    @Autowired ProjectBoard board;
    @Autowired jp.enishi.base.SearchIndexes index;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("benchmark.projects", 100_000);
        long t0 = System.nanoTime();
        generate(n);
        long generated = System.nanoTime();
        index.rebuild(Project.class);
        long indexed = System.nanoTime();
        System.out.printf(Locale.ROOT, "%n=== Project search benchmark: %,d projects in %,d workspaces ===%n", n, WORKSPACES);
        System.out.printf(Locale.ROOT, "generate (JDBC batch): %.1f s, build index (mass indexer, Kuromoji): %.1f s%n",
                (generated - t0) / 1e9, (indexed - generated) / 1e9);
        System.out.printf(Locale.ROOT, "board search: %d runs per query; SQL LIKE: %d runs per query%n", RUNS, LIKE_RUNS);
        System.out.printf(Locale.ROOT, "%-44s %8s %8s %8s | %8s %8s %8s%n", "query (filters)", "hits", "p50 ms", "p95 ms",
                "LIKE hits", "p50 ms", "p95 ms");
        List<Double> allSearch = new ArrayList<>();
        List<Double> allLike = new ArrayList<>();
        for (int warm = 0; warm < 30; warm++) {
            QUERIES.forEach(this::search);
        }
        QUERIES.forEach(this::like);
        for (Query q : QUERIES) {
            double[] s = time(() -> search(q), RUNS, 0);
            double[] l = time(() -> like(q), LIKE_RUNS, 0);
            for (double v : s) allSearch.add(v);
            for (double v : l) allLike.add(v);
            System.out.printf(Locale.ROOT, "%-44s %8d %8.2f %8.2f | %8d %8.2f %8.2f%n", describe(q), search(q),
                    pct(s, 50), pct(s, 95), like(q), pct(l, 50), pct(l, 95));
        }
        double[] s = allSearch.stream().mapToDouble(Double::doubleValue).toArray();
        double[] l = allLike.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf(Locale.ROOT, "%-44s %8s %8.2f %8.2f | %8s %8.2f %8.2f%n", "ALL QUERIES", "", pct(s, 50), pct(s, 95),
                "", pct(l, 50), pct(l, 95));
        System.out.printf(Locale.ROOT, "goal: p95 <= 20 ms for the board search -> %s%n%n", pct(s, 95) <= 20 ? "met" : "NOT met");
    }

    private long search(Query q) {
        return board.search(new BoardQuery(q.text(), q.region(), q.prefecture(), q.skill(), q.style(), q.pay(), q.open(),
                0, BoardQuery.PAGE)).total();
    }

    /** The same question as SQL: every word as LIKE '%word%' over the same text columns, the page and the count. */
    private long like(Query q) {
        StringBuilder where = new StringBuilder(" FROM project p WHERE p.status IN ('PUBLISHED','CLOSED')");
        List<Object> args = new ArrayList<>();
        if (q.text() != null) {
            for (String word : q.text().split("\\s+")) {
                where.append(" AND (p.title LIKE ? OR p.summary LIKE ? OR p.theme_owner LIKE ? OR p.owner_story LIKE ?"
                        + " OR p.local_issue LIKE ? OR p.future LIKE ? OR p.expectations LIKE ? OR p.place LIKE ?"
                        + " OR EXISTS (SELECT 1 FROM project_role r WHERE r.project_id = p.id AND (r.title LIKE ? OR r.skills LIKE ?)))");
                for (int i = 0; i < 10; i++) {
                    args.add("%" + word + "%");
                }
            }
        }
        if (q.region() != null) {
            where.append(" AND p.prefecture IN (").append(String.join(",",
                    q.region().prefectures().stream().map(p -> "'" + p.name() + "'").toList())).append(")");
        }
        if (q.prefecture() != null) {
            where.append(" AND p.prefecture = ?");
            args.add(q.prefecture().name());
        }
        if (q.skill() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM project_role r WHERE r.project_id = p.id AND r.skill_category = ?)");
            args.add(q.skill().name());
        }
        if (q.style() != null) {
            where.append(" AND p.work_style = ?");
            args.add(q.style().name());
        }
        if (q.pay() != null) {
            where.append(" AND p.pay_max >= ?");
            args.add(q.pay());
        }
        if (q.open()) {
            where.append(" AND p.status = 'PUBLISHED' AND p.deadline >= CURRENT_DATE");
        }
        jdbc.queryForList("SELECT p.id, p.title" + where + " ORDER BY p.published_at DESC LIMIT 20", args.toArray());
        return jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
    }



    private static String describe(Query q) {
        List<String> parts = new ArrayList<>();
        parts.add(q.text() == null ? "(no words)" : q.text());
        if (q.region() != null) parts.add(q.region().name().toLowerCase(Locale.ROOT));
        if (q.prefecture() != null) parts.add(q.prefecture().name().toLowerCase(Locale.ROOT));
        if (q.skill() != null) parts.add(q.skill().name().toLowerCase(Locale.ROOT));
        if (q.style() != null) parts.add(q.style().name().toLowerCase(Locale.ROOT));
        if (q.pay() != null) parts.add("pay>=" + q.pay());
        if (q.open()) parts.add("open");
        return String.join(" ", parts);
    }

    private void generate(int n) {
        Random random = new Random(20261122);
        Instant now = Instant.now();
        jdbc.update("INSERT INTO app_user (email, display_name, locale, created_at) VALUES ('bench@test.example', 'bench', 'ja', ?)",
                Timestamp.from(now));
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE email = 'bench@test.example'", Long.class);
        Prefecture[] prefectures = Prefecture.values();
        List<Object[]> workspaces = new ArrayList<>();
        for (int w = 0; w < WORKSPACES; w++) {
            Prefecture p = prefectures[w % prefectures.length];
            workspaces.add(new Object[] {"bench-" + w, "ベンチ町" + w, "Bench " + w, p.name(), Timestamp.from(now)});
        }
        jdbc.batchUpdate("INSERT INTO workspace (slug, name_ja, name_en, prefecture, kind, created_at) VALUES (?, ?, ?, ?, 'TOWN', ?)",
                workspaces);
        long firstWorkspace = jdbc.queryForObject("SELECT MIN(id) FROM workspace WHERE slug LIKE 'bench-%'", Long.class);
        LocalDate today = LocalDate.now();
        SkillCategory[] skills = SkillCategory.values();
        WorkStyle[] styles = WorkStyle.values();
        int batch = 2_000;
        for (int from = 0; from < n; from += batch) {
            List<Object[]> projects = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + batch); i++) {
                int w = random.nextInt(WORKSPACES);
                String theme = THEMES[random.nextInt(THEMES.length)];
                String aim = AIMS[random.nextInt(AIMS.length)];
                String person = PEOPLE[random.nextInt(PEOPLE.length)];
                int roll = random.nextInt(100);
                String status = roll < 88 ? "PUBLISHED" : roll < 94 ? "CLOSED" : roll < 97 ? "DRAFT" : "IN_REVIEW";
                int payMin = 10_000 * (2 + random.nextInt(6));
                projects.add(new Object[] {firstWorkspace + w, prefectures[w % prefectures.length].name(), status,
                        theme + aim + " #" + i, theme + "の" + person + "と、" + aim.substring(1) + "に取り組みます。",
                        "株式会社" + theme + "工房", FILLER[random.nextInt(FILLER.length)] + theme + "の" + person + "の想いを形にしたい。",
                        theme + "の産地として知られますが、" + FILLER[random.nextInt(FILLER.length)],
                        theme + "のファンが全国に広がり、" + person + "が続けられる未来。", FILLER[random.nextInt(FILLER.length)],
                        "OUTSOURCING", 3, payMin, payMin + 10_000 * random.nextInt(8), 1 + random.nextInt(6),
                        styles[random.nextInt(styles.length)].name(), random.nextBoolean(), "ベンチ町" + w,
                        Date.valueOf(today.plusDays(random.nextInt(120) - 30)), user, Timestamp.from(now), user,
                        Timestamp.from(now), Timestamp.from(now.minusSeconds(random.nextInt(365 * 24 * 3600)))});
            }
            jdbc.batchUpdate("""
                    INSERT INTO project (workspace_id, prefecture, status, title, summary, theme_owner, owner_story,
                        local_issue, future, expectations, contract_type, period_months, pay_min, pay_max, days_per_month,
                        work_style, travel_support, place, deadline, created_by, created_at, updated_by, updated_at, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", projects);
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM project ORDER BY id", Long.class);
        List<Object[]> roles = new ArrayList<>();
        for (long id : ids) {
            int count = 1 + random.nextInt(2);
            for (int r = 0; r < count; r++) {
                SkillCategory skill = skills[random.nextInt(skills.length)];
                roles.add(new Object[] {id, r, "担当" + (r + 1), skill.name(), "経験者歓迎", 1 + random.nextInt(2)});
            }
            if (roles.size() >= 5_000) {
                insertRoles(roles);
            }
        }
        insertRoles(roles);
    }

    private void insertRoles(List<Object[]> roles) {
        jdbc.batchUpdate("INSERT INTO project_role (project_id, position, title, skill_category, skills, headcount) VALUES (?, ?, ?, ?, ?, ?)",
                roles);
        roles.clear();
    }
}
