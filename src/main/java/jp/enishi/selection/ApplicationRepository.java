package jp.enishi.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

    @Query("select a from Application a where a.id = ?1 and a.workspaceId = ?2")
    Optional<Application> findInWorkspace(long applicationId, long workspaceId);

    @Query("select a from Application a where a.id in ?1 and a.workspaceId = ?2")
    List<Application> findAllInWorkspace(java.util.Collection<Long> ids, long workspaceId);

    @Query("select a from Application a where a.workspaceId = ?1 and a.projectId = ?2 order by a.createdAt")
    List<Application> findAllOfProject(long workspaceId, long projectId);

    @Query("select a from Application a where a.userId = ?1 order by a.createdAt desc")
    List<Application> findAllOfUser(long userId);

    boolean existsByProjectIdAndRolePositionAndUserId(long projectId, int rolePosition, long userId);
}
