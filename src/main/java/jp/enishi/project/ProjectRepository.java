package jp.enishi.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    /** The workspace is named in every query here: an id alone never reaches another workspace's project. */
    @Query("select p from Project p where p.id = ?1 and p.workspaceId = ?2")
    Optional<Project> findInWorkspace(long projectId, long workspaceId);

    @Query("select p from Project p where p.workspaceId = ?1 order by p.updatedAt desc")
    List<Project> findAllInWorkspace(long workspaceId);

    @Query("select p from Project p where p.workspaceId = ?1 and p.id in ?2 order by p.updatedAt desc")
    List<Project> findAllInWorkspace(long workspaceId, Collection<Long> projectIds);

    @Query("select p from Project p where p.workspaceId = ?1 and p.status = jp.enishi.project.ProjectStatus.PUBLISHED"
            + " and (p.deadline is null or p.deadline >= ?2) order by p.publishedAt desc, p.id desc")
    List<Project> findOpenInWorkspace(long workspaceId, java.time.LocalDate today, org.springframework.data.domain.Limit limit);

    @Query("select count(p) from Project p where p.workspaceId = ?1 and p.status = jp.enishi.project.ProjectStatus.PUBLISHED"
            + " and (p.deadline is null or p.deadline >= ?2)")
    long countOpenInWorkspace(long workspaceId, java.time.LocalDate today);

    @Query("select p from Project p where p.id in ?1")
    List<Project> findAllWithIds(Collection<Long> projectIds);

    @Query("select p.workspaceId, count(p) from Project p where p.publishedAt >= ?1 and p.publishedAt < ?2"
            + " group by p.workspaceId")
    List<Object[]> countPublishedPerWorkspace(java.time.Instant from, java.time.Instant to);
}
