package jp.enishi.engagement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TravelClaimRepository extends JpaRepository<TravelClaim, Long> {

    @Query("select c from TravelClaim c where c.engagementId = ?1 order by c.tripOn desc, c.id desc")
    List<TravelClaim> findAllOf(long engagementId);

    /** Yen approved or waiting for a decision, per engagement: one grouped query for a page of the overview. */
    @Query("select c.engagementId, sum(c.amountYen) from TravelClaim c where c.engagementId in ?1"
            + " and c.status <> jp.enishi.engagement.ClaimStatus.REJECTED group by c.engagementId")
    List<Object[]> committedOf(Collection<Long> engagementIds);

    @Query("select coalesce(sum(c.amountYen), 0) from TravelClaim c where c.engagementId = ?1"
            + " and c.status <> jp.enishi.engagement.ClaimStatus.REJECTED")
    long committed(long engagementId);
}
