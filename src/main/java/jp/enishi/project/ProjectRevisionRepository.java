package jp.enishi.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRevisionRepository extends JpaRepository<ProjectRevision, Long> {

    @Query("select r from ProjectRevision r where r.projectId = ?1 order by r.projectVersion desc")
    List<ProjectRevision> findAllOfProject(long projectId);

    @Query("select r from ProjectRevision r where r.projectId = ?1 and r.projectVersion = ?2")
    Optional<ProjectRevision> find(long projectId, long projectVersion);

    @Query("select r from ProjectRevision r where r.projectId = ?1 and r.projectVersion > ?2 order by r.projectVersion")
    List<ProjectRevision> findAllAfter(long projectId, long projectVersion);
}
