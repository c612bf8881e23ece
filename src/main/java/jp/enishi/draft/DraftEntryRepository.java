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

    /** Per round, how many: one grouped query for a list of rounds. */
    @Query("select x.roundId, count(x) from DraftEntry x where x.roundId in ?1 group by x.roundId")
    List<Object[]> countPerRound(java.util.Collection<Long> roundIds);

    @Query("select e from DraftEntry e where e.roundId = ?1 order by e.enteredAt, e.id")
    List<DraftEntry> findPage(long roundId, org.springframework.data.domain.Pageable page);

    @Query("select e from DraftEntry e where e.roundId = ?1 order by e.id")
    List<DraftEntry> findAllOf(long roundId, Limit limit);
}
