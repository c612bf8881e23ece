package jp.enishi.engagement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query("select v from Visit v where v.engagementId = ?1 order by v.plannedOn desc, v.id desc")
    List<Visit> findAllOf(long engagementId);

    @Query("select min(v.plannedOn) from Visit v where v.engagementId = ?1 and v.doneOn is null")
    java.util.Optional<LocalDate> nextPlanned(long engagementId);

    @Query("select max(v.doneOn) from Visit v where v.engagementId = ?1")
    java.util.Optional<LocalDate> lastDone(long engagementId);
}
