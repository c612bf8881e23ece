package jp.enishi.workspace;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query names the workspace: a membership id alone never reaches another workspace's row. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.workspace w where w.slug = :slug and m.userId = :userId")
    Optional<Membership> findBySlugAndUser(String slug, long userId);

    @Query("select m from Membership m where m.workspace.id = :workspaceId and m.id = :id")
    Optional<Membership> findInWorkspace(long workspaceId, long id);

    @Query("select m from Membership m where m.workspace.id = :workspaceId order by m.role, m.joinedAt")
    List<Membership> findAllInWorkspace(long workspaceId);

    @Query("select m from Membership m join fetch m.workspace w where m.userId = :userId order by w.nameJa")
    List<Membership> findAllOfUser(long userId);

    @Query("select m.userId from Membership m where m.workspace.id = :workspaceId and m.userId in :userIds")
    List<Long> membersAmong(long workspaceId, java.util.Collection<Long> userIds);

    boolean existsByWorkspaceIdAndUserId(long workspaceId, long userId);

    long countByWorkspaceIdAndRole(long workspaceId, Role role);
}
