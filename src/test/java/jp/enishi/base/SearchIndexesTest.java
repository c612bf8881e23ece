package jp.enishi.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManagerFactory;
import jp.enishi.EnishiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** When the indexes are built again from the database: once per mapping, on one node of several. */
@EnishiTest
class SearchIndexesTest {

    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcClient jdbc;

    private final Clock start = Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void one_node_builds_the_shared_indexes_for_a_mapping_and_takes_over_a_build_a_dead_node_left() {
        jdbc.sql("DELETE FROM search_index_build").update();

        assertThat(openSearchNode(start).claimSharedBuild()).as("the first node to start").isTrue();
        assertThat(openSearchNode(start).claimSharedBuild()).as("a second node at the same time").isFalse();
        assertThat(openSearchNode(later(Duration.ofMinutes(59))).claimSharedBuild()).as("still building").isFalse();
        assertThat(openSearchNode(later(Duration.ofMinutes(61)))).as("left unfinished for an hour")
                .matches(SearchIndexes::claimSharedBuild);

        openSearchNode(later(Duration.ofMinutes(70))).markBuilt();
        assertThat(openSearchNode(later(Duration.ofDays(3))).claimSharedBuild()).as("built: every later start")
                .isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM search_index_build WHERE finished_at IS NOT NULL")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_local_index_is_current_only_when_its_marker_names_this_mapping(@TempDir Path root) throws Exception {
        SearchIndexes node = new SearchIndexes(entityManagerFactory, jdbc, start, "lucene", "local-filesystem",
                root.toString());
        assertThat(node.localIndexIsCurrent()).as("no index yet").isFalse();
        node.markBuilt();
        assertThat(node.localIndexIsCurrent()).isTrue();
        Files.writeString(root.resolve("mapping-version"), "an older mapping");
        assertThat(node.localIndexIsCurrent()).isFalse();
        assertThat(new SearchIndexes(entityManagerFactory, jdbc, start, "lucene", "local-heap", root.toString())
                .localIndexIsCurrent()).as("an index in memory starts empty").isFalse();
    }

    private SearchIndexes openSearchNode(Clock clock) {
        return new SearchIndexes(entityManagerFactory, jdbc, clock, "elasticsearch", "local-filesystem", "");
    }

    private Clock later(Duration duration) {
        return Clock.offset(start, duration);
    }
}
