package jp.enishi.talent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProvisionRecordRepository extends JpaRepository<ProvisionRecord, Long> {

    @Query("select r from ProvisionRecord r where r.userId = ?1 order by r.providedAt desc, r.id desc")
    List<ProvisionRecord> findOf(long userId, Limit limit);

    @Query("select count(r) from ProvisionRecord r where r.userId = ?1")
    long countOf(long userId);

    @Modifying
    @Query("delete from ProvisionRecord r where r.providedOn < ?1")
    int deleteProvidedBefore(LocalDate day);
}
