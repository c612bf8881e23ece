package jp.enishi.talent;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    @Query("select c from Consent c where c.userId = ?1 order by c.grantedAt desc, c.id desc")
    List<Consent> findAllOf(long userId);

    @Query("select c from Consent c where c.userId = ?1 and c.withdrawnAt is null order by c.grantedAt")
    List<Consent> findActiveOf(long userId);

    @Query("select c from Consent c where c.userId in ?1 and c.withdrawnAt is null order by c.grantedAt")
    List<Consent> findActiveOf(java.util.Collection<Long> userIds);

    @Query("select c from Consent c where c.userId = ?1 and c.workspaceId = ?2 and c.withdrawnAt is null")
    List<Consent> findActive(long userId, long workspaceId);

    /** Who a workspace may see in its pool now: pooled there, or shared with the whole consortium from anywhere. */
    @Query("select distinct c.userId from Consent c where c.withdrawnAt is null and"
            + " ((c.workspaceId = ?1 and c.purpose = jp.enishi.talent.ConsentPurpose.POOL)"
            + " or c.purpose = jp.enishi.talent.ConsentPurpose.CONSORTIUM)")
    List<Long> visibleTo(long workspaceId);

    @Query("select count(c) > 0 from Consent c where c.withdrawnAt is null and c.userId = ?2 and"
            + " ((c.workspaceId = ?1 and c.purpose = jp.enishi.talent.ConsentPurpose.POOL)"
            + " or c.purpose = jp.enishi.talent.ConsentPurpose.CONSORTIUM)")
    boolean isVisibleTo(long workspaceId, long userId);

    @Query("select count(c) > 0 from Consent c where c.withdrawnAt is null and c.workspaceId = ?1 and c.userId = ?2"
            + " and c.purpose = jp.enishi.talent.ConsentPurpose.POOL")
    boolean isPooledIn(long workspaceId, long userId);

    @Query("select c.userId from Consent c where c.withdrawnAt is null and c.workspaceId = ?1"
            + " and c.purpose = jp.enishi.talent.ConsentPurpose.POOL")
    List<Long> pooledIn(long workspaceId);

    @Modifying
    @Query("delete from Consent c where c.userId = ?1")
    int deleteAllOf(long userId);
}
