package jp.enishi.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index lives on local disk (under {@code enishi.data-dir}) and is only a copy of the database: when it
 * is missing or holds a different number of projects than the database — deleted, restored from a backup, a new
 * machine — it is rebuilt from the database in the background after start-up.
 */
@Component
class ProjectIndex {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ProjectRepository projects;

    ProjectIndex(EntityManagerFactory entityManagerFactory, ProjectRepository projects) {
        this.entityManagerFactory = entityManagerFactory;
        this.projects = projects;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfOutOfStep() {
        long rows = projects.count();
        long indexed;
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            indexed = Search.session(em).search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (indexed == rows) {
            log.info("Search index holds all {} projects", rows);
            return;
        }
        log.info("Search index holds {} of {} projects: rebuilding it in the background", indexed, rows);
        long started = System.nanoTime();
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        mapping.scope(Project.class).massIndexer().threadsToLoadObjects(2).start()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.error("Rebuilding the search index failed", failure);
                    } else {
                        log.info("Search index rebuilt: {} projects in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
                    }
                });
    }

    /** Rebuilds now and waits: for the benchmark, which loads rows with plain SQL. */
    void rebuild() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(Project.class).massIndexer().threadsToLoadObjects(2).startAndWait();
    }
}
