package jp.enishi.draft;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftPickRepository extends JpaRepository<DraftPick, Long> {

    boolean existsByEntryIdAndWorkspaceId(long entryId, long workspaceId);

    long countByRoundId(long roundId);

    /** Per round, how many: one grouped query for a list of rounds. */
    @Query("select x.roundId, count(x) from DraftPick x where x.roundId in ?1 group by x.roundId")
    List<Object[]> countPerRound(java.util.Collection<Long> roundIds);

    List<DraftPick> findByRoundIdAndWorkspaceIdOrderByPickedAt(long roundId, long workspaceId);

    @Query("select p from DraftPick p where p.entryId in ?1 order by p.id")
    List<DraftPick> findOfEntries(Collection<Long> entryIds);

    @Query("select p from DraftPick p where p.roundId = ?1 order by p.entryId, p.id")
    List<DraftPick> findAllOf(long roundId);

    /** Per region: picks made, and picks that won or were chosen — the public results' counts. */
    @Query("select p.workspaceId, count(p), sum(case when p.outcome in (jp.enishi.draft.DraftOutcome.WON,"
            + " jp.enishi.draft.DraftOutcome.CHOSEN) then 1 else 0 end) from DraftPick p where p.roundId = ?1"
            + " group by p.workspaceId")
    List<Object[]> countPerRegion(long roundId);

    @Query("select count(distinct p.entryId) from DraftPick p where p.roundId = ?1")
    long countPickedEntrants(long roundId);
}
