package jp.enishi;

import jp.enishi.TestWorkspaces.Team;
import jp.enishi.selection.Applying;
import jp.enishi.selection.Pipeline;
import jp.enishi.selection.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Applications for tests, made through the real services: applying as the professional, moving as the admin. */
@Component
public class TestApplicants {

    private final Applying applying;
    private final Pipeline pipeline;
    private final SignIn signIn;
    private final JdbcTemplate jdbc;

    TestApplicants(Applying applying, Pipeline pipeline, SignIn signIn, JdbcTemplate jdbc) {
        this.applying = applying;
        this.pipeline = pipeline;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    /** The professional applies to the project's first role with a short motivation; signed out afterwards. */
    public long apply(long projectId, String professional) {
        signIn.as(professional);
        long id = applying.apply(projectId, 0, "動機", "月2日");
        signIn.out();
        return id;
    }

    /**
     * Moves the application along the path as the team's admin, each move by its current version (read without
     * opening the applicant, so the privacy audit is untouched); signed out afterwards.
     */
    public void move(Team team, long applicationId, Stage... path) {
        signIn.as(team.admin());
        for (Stage next : path) {
            long version = jdbc.queryForObject("SELECT version FROM application WHERE id = ?", Long.class, applicationId);
            pipeline.move(team.slug(), applicationId, version, next, next.isFinal() ? "テスト" : null, false);
        }
        signIn.out();
    }
}
