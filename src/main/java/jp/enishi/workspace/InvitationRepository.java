package jp.enishi.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.workspace where i.token = :token")
    Optional<Invitation> findByToken(String token);

    @Query("select i from Invitation i where i.workspace.id = :workspaceId and i.id = :id")
    Optional<Invitation> findInWorkspace(long workspaceId, long id);

    @Query("""
            select i from Invitation i where i.workspace.id = :workspaceId
            and i.acceptedAt is null and i.expiresAt > :now order by i.createdAt desc""")
    List<Invitation> findPending(long workspaceId, Instant now);

    @Query("""
            select count(i) > 0 from Invitation i where i.workspace.id = :workspaceId and i.email = :email
            and i.acceptedAt is null and i.expiresAt > :now""")
    boolean existsPending(long workspaceId, String email, Instant now);
}
