package jp.enishi.draft;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftRoundRepository extends JpaRepository<DraftRound, Long> {

    @Query("select r from DraftRound r where r.revealedAt is null and r.revealOn <= ?1 order by r.id")
    List<DraftRound> findRevealDue(java.time.LocalDate today);

    @Query("select r from DraftRound r order by r.revealOn desc, r.id desc")
    List<DraftRound> findNewest(Limit limit);
}
