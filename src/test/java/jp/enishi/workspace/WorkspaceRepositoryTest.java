package jp.enishi.workspace;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jp.enishi.EnishiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema as Liquibase builds it, checked against the server in use. CI runs the *RepositoryTest classes a second
 * time against MariaDB 10.11, so the migrations are proven on 10.11 and 11.4.
 */
@EnishiTest
class WorkspaceRepositoryTest {

    @Autowired WorkspaceRepository workspaces;
    @Autowired MembershipRepository memberships;
    @Autowired DataSource dataSource;

    @Test
    void japanese_names_including_four_byte_characters_survive_a_round_trip() {
        String slug = "rt-" + UUID.randomUUID().toString().substring(0, 8);
        Workspace saved = workspaces.saveAndFlush(new Workspace(slug, "𠮷田町（テスト）", "Yoshida", Prefecture.YAMANASHI,
                MunicipalityKind.TOWN, Instant.now()));
        assertThat(workspaces.findBySlug(slug)).get().extracting(Workspace::nameJa).isEqualTo("𠮷田町（テスト）");
        assertThat(saved.id()).isPositive();
    }

    @Test
    void slugs_are_unique_in_the_database_itself() {
        String slug = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        workspaces.saveAndFlush(new Workspace(slug, "一", "One", Prefecture.GIFU, MunicipalityKind.CITY, Instant.now()));
        assertThatThrownBy(() -> workspaces.saveAndFlush(new Workspace(slug, "二", "Two", Prefecture.GIFU,
                MunicipalityKind.CITY, Instant.now()))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_user_is_a_member_of_a_workspace_at_most_once() {
        Workspace w = workspaces.saveAndFlush(new Workspace("m-" + UUID.randomUUID().toString().substring(0, 8), "三",
                "Three", Prefecture.MIE, MunicipalityKind.VILLAGE, Instant.now()));
        long userId = new JdbcTemplate(dataSource).queryForObject("select min(id) from app_user", Long.class);
        memberships.saveAndFlush(new Membership(w, userId, Role.STAFF, Instant.now()));
        assertThatThrownBy(() -> memberships.saveAndFlush(new Membership(w, userId, Role.ADMIN, Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void every_table_stores_utf8mb4() {
        var jdbc = new JdbcTemplate(dataSource);
        var charsets = jdbc.queryForList("""
                select distinct c.character_set_name from information_schema.columns c
                where c.table_schema = database() and c.character_set_name is not null
                and c.table_name in ('app_user', 'federated_identity', 'workspace', 'membership', 'invitation')""", String.class);
        assertThat(charsets).containsExactly("utf8mb4");
    }
}
