package jp.enishi.base;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search indexes (projects, talent) are only a copy of the database, built again from it after start-up when
 * they were built by another {@link #MAPPING} or not at all — never by comparing document counts, which a stale
 * index can match. (docs/design-decisions/2026-12-03-search-on-several-nodes.md)
 * <ul>
 * <li>Lucene (one node): the index is on local disk; a marker file beside it names the mapping that built it.
 *     A missing index has no marker; deleting the marker rebuilds the index at the next start.
 * <li>OpenSearch (several nodes): the indexes are shared, so exactly one node rebuilds them for a new mapping —
 *     the one whose row in {@code search_index_build} was inserted first. The others, and every later start, leave
 *     them alone: keeping them current is the outbox's work. A build that a dead node left unfinished for
 *     {@link #ABANDONED} is taken over. Deleting the rows and restarting one node rebuilds the indexes.
 * </ul>
 */
@Component
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    /** Raise when the indexed fields or their analysis change, so the indexes are rebuilt once. */
    static final String MAPPING = "2026-12-02 project reading+bigram, talent pools";
    static final Duration ABANDONED = Duration.ofHours(1);

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean shared;
    private final @Nullable Path marker;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    SearchIndexes(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, Clock clock,
                  @Value("${spring.jpa.properties.hibernate.search.backend.type}") String backend,
                  @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
                  @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.clock = clock;
        this.shared = backend.equals("elasticsearch");
        this.marker = !shared && directoryType.equals("local-filesystem") && !root.isBlank()
                ? Path.of(root, "mapping-version") : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfOutOfStep() {
        if (shared ? claimSharedBuild() : !localIndexIsCurrent()) {
            build();
        }
    }

    /** Rebuilds the index of these entities now and waits: for benchmarks, which load rows with plain SQL. */
    public void rebuild(Class<?> type) throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(type).massIndexer().threadsToLoadObjects(2)
                .mergeSegmentsOnFinish(true).startAndWait();
    }

    private void build() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        List<String> names = mapping.allIndexedEntities().stream().map(SearchIndexedEntity::jpaName).toList();
        log.info("Building the search indexes of {} from the database in the background (mapping \"{}\")", names, MAPPING);
        long started = System.nanoTime();
        // Merged into one segment at the end: a search (and each facet) pays per segment, and a rebuild otherwise
        // leaves dozens behind (the talent page at 100,000 profiles, docs/design-decisions/2026-12-04-search-pages.md).
        MassIndexer indexer = mapping.scope(Object.class).massIndexer().threadsToLoadObjects(2).mergeSegmentsOnFinish(true);
        if (shared) {
            // A new mapping may change analyzers, which an existing OpenSearch index cannot take: start afresh.
            indexer.dropAndCreateSchemaOnStart(true);
        }
        indexer.start().whenComplete((done, failure) -> {
            if (failure != null) {
                log.error("Building the search indexes failed; the next start tries again", failure);
                forgetSharedBuild();
            } else {
                markBuilt();
                log.info("Search indexes built in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    boolean localIndexIsCurrent() {
        try {
            return marker != null && Files.exists(marker) && Files.readString(marker).strip().equals(MAPPING);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** True for the one node that is to build the shared indexes for this mapping. */
    boolean claimSharedBuild() {
        LocalDateTime now = utcNow();
        try {
            jdbc.sql("INSERT INTO search_index_build (mapping, node, started_at) VALUES (?, ?, ?)")
                    .params(MAPPING, node, now).update();
            return true;
        } catch (DuplicateKeyException built) {
            int takenOver = jdbc.sql("""
                    UPDATE search_index_build SET node = ?, started_at = ?
                    WHERE mapping = ? AND finished_at IS NULL AND started_at < ?""")
                    .params(node, now, MAPPING, now.minus(ABANDONED)).update();
            if (takenOver == 0) {
                log.info("The shared search indexes are built for mapping \"{}\" (or being built by another node)", MAPPING);
            }
            return takenOver == 1;
        }
    }

    private LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void forgetSharedBuild() {
        if (shared) {
            jdbc.sql("DELETE FROM search_index_build WHERE mapping = ? AND node = ? AND finished_at IS NULL")
                    .params(MAPPING, node).update();
        }
    }

    void markBuilt() {
        if (shared) {
            jdbc.sql("UPDATE search_index_build SET finished_at = ? WHERE mapping = ? AND node = ?")
                    .params(utcNow(), MAPPING, node).update();
        } else if (marker != null) {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, MAPPING);
            } catch (IOException e) {
                log.warn("Could not write {}: the indexes will be rebuilt at the next start", marker, e);
            }
        }
    }
}
