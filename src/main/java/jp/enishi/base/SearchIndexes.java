package jp.enishi.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search indexes (projects, talent) live on local disk (under {@code enishi.data-dir}) and are only a copy of
 * the database: when one is missing or holds a different number of documents than its table has rows — deleted,
 * restored from a backup, a new machine — or was built by an older mapping (the {@link #MAPPING} marker file says
 * so), it is rebuilt from the database in the background after start-up. A mapping change needs every document
 * indexed again: Lucene would otherwise keep serving documents without the new fields.
 */
@Component
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    /** Raise when the indexed fields or their analysis change, so every node's indexes are rebuilt once. */
    static final String MAPPING = "2026-12-02 project reading+bigram, talent pools";

    private final EntityManagerFactory entityManagerFactory;
    private final @Nullable Path marker;

    SearchIndexes(EntityManagerFactory entityManagerFactory,
                  @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
                  @Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.marker = directoryType.equals("local-filesystem") && !root.isBlank()
                ? Path.of(root, "mapping-version") : null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutOfStep() {
        boolean current = builtByThisMapping();
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        java.util.List<Class<?>> stale = new java.util.ArrayList<>();
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            Class<?> type = entity.javaClass();
            long rows;
            long indexed;
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class).getSingleResult();
                indexed = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            }
            if (indexed == rows && current) {
                log.info("Search index of {} holds all {} rows", entity.jpaName(), rows);
            } else {
                log.info("Search index of {} holds {} of {} rows{}: rebuilding it in the background", entity.jpaName(),
                        indexed, rows, current ? "" : " and was built by an older mapping");
                stale.add(type);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        mapping.scope(stale)
                .massIndexer().threadsToLoadObjects(2).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index failed", failure);
                    } else {
                        markBuilt();
                        log.info("Search indexes rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
                    }
                });
    }

    /** Rebuilds the index of these entities now and waits: for benchmarks, which load rows with plain SQL. */
    public void rebuild(Class<?> type) throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(type).massIndexer().threadsToLoadObjects(2).startAndWait();
    }

    private boolean builtByThisMapping() {
        try {
            return marker == null || Files.exists(marker) && Files.readString(marker).strip().equals(MAPPING);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private void markBuilt() {
        if (marker != null) {
            try {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, MAPPING);
            } catch (IOException e) {
                log.warn("Could not write {}: the indexes will be rebuilt at the next start", marker, e);
            }
        }
    }
}
