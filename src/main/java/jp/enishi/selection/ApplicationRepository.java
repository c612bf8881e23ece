package jp.enishi.selection;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("select a from Application a where a.id = ?1 and a.workspaceId = ?2")
    Optional<Application> findInWorkspace(long applicationId, long workspaceId);

    @Query("select a from Application a where a.id in ?1 and a.workspaceId = ?2")
    List<Application> findAllInWorkspace(java.util.Collection<Long> ids, long workspaceId);

    @Query("select a from Application a where a.workspaceId = ?1 and a.projectId = ?2 and (?3 is null or a.stage = ?3)")
    List<Application> findPage(long workspaceId, long projectId, @Nullable Stage stage,
                               org.springframework.data.domain.Sort sort, org.springframework.data.domain.Limit limit);

    @Query("select a.stage, count(a) from Application a where a.workspaceId = ?1 and a.projectId = ?2 group by a.stage")
    List<Object[]> countByStage(long workspaceId, long projectId);

    @Query("select a.rolePosition, count(a) from Application a where a.projectId = ?1 and a.stage = jp.enishi.selection.Stage.HIRED"
            + " group by a.rolePosition")
    List<Object[]> countHiredByRole(long projectId);

    @Query("select a from Application a where a.workspaceId = ?1 and a.projectId = ?2 order by a.createdAt, a.id")
    List<Application> findAllOfProject(long workspaceId, long projectId);

    @Query("select a from Application a where a.userId = ?1 order by a.createdAt desc")
    List<Application> findAllOfUser(long userId);

    boolean existsByProjectIdAndRolePositionAndUserId(long projectId, int rolePosition, long userId);
}
