package jp.enishi.project;

import jp.enishi.EnishiTest;
import jp.enishi.SignIn;
import jp.enishi.TestProjects;
import jp.enishi.TestWorkspaces;
import jp.enishi.TestWorkspaces.Team;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project tables on the database in use (CI runs this once more on MariaDB 10.11): Japanese text and emoji
 * round-trip, and the repository's queries keep to the workspace they name.
 */
@EnishiTest
class ProjectRepositoryTest {

    @Autowired ProjectRepository projects;
    @Autowired TestWorkspaces teams;
    @Autowired TestProjects testProjects;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void a_project_is_found_only_in_its_own_workspace() {
        Team a = teams.create("repo-a");
        Team b = teams.create("repo-b");
        long inA = testProjects.draft(a, testProjects.complete("漆器の産地で🍶", "物語"));
        long workspaceA = jdbc.queryForObject("SELECT id FROM workspace WHERE slug = ?", Long.class, a.slug());
        long workspaceB = jdbc.queryForObject("SELECT id FROM workspace WHERE slug = ?", Long.class, b.slug());

        assertThat(projects.findInWorkspace(inA, workspaceA)).get().extracting(Project::title).isEqualTo("漆器の産地で🍶");
        assertThat(projects.findInWorkspace(inA, workspaceB)).isEmpty();
        assertThat(projects.findAllInWorkspace(workspaceB)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project_revision WHERE project_id = ?", Integer.class, inA))
                .as("created, then saved").isEqualTo(2);
    }
}
