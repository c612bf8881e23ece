package jp.enishi.draft;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftEntryRepository extends JpaRepository<DraftEntry, Long> {

    Optional<DraftEntry> findByRoundIdAndUserId(long roundId, long userId);

    List<DraftEntry> findByUserId(long userId);

    long countByRoundId(long roundId);

    @Query("select e from DraftEntry e where e.roundId = ?1 order by e.enteredAt, e.id")
    List<DraftEntry> findPage(long roundId, org.springframework.data.domain.Pageable page);

    @Query("select e from DraftEntry e where e.roundId = ?1 order by e.id")
    List<DraftEntry> findAllOf(long roundId, Limit limit);
}
