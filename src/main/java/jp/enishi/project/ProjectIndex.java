package jp.enishi.project;

import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index lives on local disk (under {@code enishi.data-dir}) and is only a copy of the database: when it
 * is missing or holds a different number of projects than the database — deleted, restored from a backup, a new
 * machine — or was built by an older mapping (its {@link #MAPPING} marker file says so), it is rebuilt from the
 * database in the background after start-up. A mapping change (the reading and bigram fields of 2026-12-01) needs
 * every document indexed again: Lucene would otherwise keep serving documents without the new fields.
 */
@Component
class ProjectIndex {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndex.class);

    /** Raise when the indexed fields or their analysis change, so every node's index is rebuilt once. */
    static final String MAPPING = "2026-12-01 reading+bigram";

    private final EntityManagerFactory entityManagerFactory;
    private final ProjectRepository projects;
    private final @Nullable Path marker;

    ProjectIndex(EntityManagerFactory entityManagerFactory, ProjectRepository projects,
                 @org.springframework.beans.factory.annotation.Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}") String directoryType,
                 @org.springframework.beans.factory.annotation.Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String root) {
        this.entityManagerFactory = entityManagerFactory;
        this.projects = projects;
        this.marker = directoryType.equals("local-filesystem") && !root.isBlank()
                ? Path.of(root, "mapping-version") : null;
    }

    private boolean builtByThisMapping() {
        try {
            return marker == null || java.nio.file.Files.exists(marker)
                    && java.nio.file.Files.readString(marker).strip().equals(MAPPING);
        } catch (java.io.IOException unreadable) {
            return false;
        }
    }

    private void markBuilt() {
        if (marker != null) {
            try {
                java.nio.file.Files.createDirectories(marker.getParent());
                java.nio.file.Files.writeString(marker, MAPPING);
            } catch (java.io.IOException e) {
                log.warn("Could not write {}: the index will be rebuilt at the next start", marker, e);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutOfStep() {
        long rows = projects.count();
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        boolean current = builtByThisMapping();
        if (indexed == rows && current) {
            log.info("Search index holds all {} projects", rows);
            return;
        }
        log.info("Search index holds {} of {} projects{}: rebuilding it in the background", indexed, rows,
                current ? "" : " and was built by an older mapping");
        long started = System.nanoTime();
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        mapping.scope(Project.class).massIndexer().threadsToLoadObjects(2).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index failed", failure);
                    } else {
                        markBuilt();
                        log.info("Search index rebuilt: {} projects in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
                    }
                });
    }

    /** Rebuilds now and waits: for the benchmark, which loads rows with plain SQL. */
    void rebuild() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Project.class).massIndexer().threadsToLoadObjects(2).startAndWait();
    }
}
