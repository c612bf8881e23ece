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

    /** Once per recipient, person, items and day: a page of hits seen again that day adds nothing. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO provision_record (user_id, person_name, recipient_id, recipient_name, items,"
            + " basis, basis_detail, provided_on, provided_at) VALUES (:userId, :personName, :recipientId,"
            + " :recipientName, :items, :basis, :basisDetail, :on, :at)", nativeQuery = true)
    int record(long userId, String personName, @Nullable Long recipientId, String recipientName, String items,
               String basis, String basisDetail, LocalDate on, Instant at);

    @Query("select r from ProvisionRecord r where r.userId = ?1 order by r.providedAt desc, r.id desc")
    List<ProvisionRecord> findOf(long userId, Limit limit);

    @Query("select count(r) from ProvisionRecord r where r.userId = ?1")
    long countOf(long userId);

    @Modifying
    @Query("delete from ProvisionRecord r where r.providedOn < ?1")
    int deleteProvidedBefore(LocalDate day);
}
