package jp.enishi.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applicants for the benchmarks, straight into the tables: people with a 自己紹介 and a local account ({noop}: nobody
 * signs in with it; benchmarks sign them in as the login form would), one application each and its arrival event.
 */
final class BenchmarkApplicants {

    private BenchmarkApplicants() {
    }

    static void generate(JdbcTemplate jdbc, long project, int n, String tag) {
        long workspace = jdbc.queryForObject("SELECT workspace_id FROM project WHERE id = ?", Long.class, project);
        Timestamp now = Timestamp.from(Instant.now());
        String prefix = tag + "-" + project + "-";
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(new Object[] {prefix + i + "@test.example", "応募者 " + project + "-" + i,
                    "地方の中小企業で力を試したい会社員です。", now});
        }
        jdbc.batchUpdate("INSERT INTO app_user (email, display_name, bio, created_at, password_hash)"
                + " VALUES (?, ?, ?, ?, '{noop}benchmark')", users);
        List<Long> ids = jdbc.queryForList("SELECT id FROM app_user WHERE email LIKE ? ORDER BY id", Long.class,
                prefix + "%");
        List<Object[]> applications = new ArrayList<>();
        for (Long id : ids) {
            applications.add(new Object[] {workspace, project, "Webマーケター", id,
                    "副業で地域の会社の経営に関わりたい会社員です。", "月4日、リモート", "APPLIED", now, now});
        }
        jdbc.batchUpdate("INSERT INTO application (workspace_id, project_id, role_position, role_title, user_id,"
                + " motivation, availability, stage, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?)",
                applications);
        jdbc.update("INSERT INTO application_event (application_id, from_stage, to_stage, actor_id, happened_at)"
                + " SELECT id, NULL, 'APPLIED', user_id, created_at FROM application WHERE project_id = ?", project);
    }
}
