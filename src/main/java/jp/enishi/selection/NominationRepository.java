package jp.enishi.selection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NominationRepository extends JpaRepository<Nomination, Long> {

    boolean existsByProjectIdAndRolePositionAndUserId(long projectId, int rolePosition, long userId);

    /** Open nominations the person may still answer: the limit that protects people from being flooded. */
    @Query("select count(n) from Nomination n where n.userId = ?1"
            + " and n.status = jp.enishi.selection.NominationStatus.OPEN and n.answerBy >= ?2")
    long countOpenFor(long userId, LocalDate today);

    @Query("select n from Nomination n where n.userId = ?1 order by n.createdAt desc, n.id desc")
    List<Nomination> findAllOf(long userId);

    @Query("select n from Nomination n where n.workspaceId = ?1 and n.userId = ?2 order by n.createdAt desc, n.id desc")
    List<Nomination> findOf(long workspaceId, long userId);

    @Query("select n from Nomination n where n.status = jp.enishi.selection.NominationStatus.OPEN and n.answerBy < ?1"
            + " order by n.id")
    List<Nomination> findExpired(LocalDate today, Limit limit);
}
