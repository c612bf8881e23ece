package jp.enishi.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PoolRequestRepository extends JpaRepository<PoolRequest, Long> {

    @Query("select r from PoolRequest r where r.applicationId = ?1")
    Optional<PoolRequest> findOfApplication(long applicationId);

    @Query("select r.applicationId from PoolRequest r where r.applicationId in ?1")
    List<Long> askedAmong(java.util.Collection<Long> applicationIds);

    @Query("select r from PoolRequest r where r.userId = ?1 order by r.askedAt desc")
    List<PoolRequest> findAllOf(long userId);

    @Modifying
    @Query("delete from PoolRequest r where r.userId = ?1")
    int deleteAllOf(long userId);
}
