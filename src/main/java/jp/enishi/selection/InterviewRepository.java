package jp.enishi.selection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    @Query("select i from Interview i where i.id = ?1 and i.workspaceId = ?2")
    Optional<Interview> findInWorkspace(long interviewId, long workspaceId);

    @Query("select i from Interview i where i.applicationId = ?1 order by i.startsAt")
    List<Interview> findAllOf(long applicationId);

    @Query("select distinct i.applicationId from Interview i where i.applicationId in ?1 and i.startsAt <= ?2")
    List<Long> applicationsInterviewedBefore(Collection<Long> applicationIds, java.time.Instant now);

    @Query("select i from Interview i where i.slotId in ?1")
    List<Interview> findBookingsOf(Collection<Long> slotIds);

    @Query("select i from Interview i where i.applicationId = ?1 and i.slotId is not null")
    Optional<Interview> findBookingOf(long applicationId);

    @Query("select i from Interview i where i.workspaceId = ?1 and i.startsAt >= ?2 and i.startsAt < ?3 order by i.startsAt, i.id")
    List<Interview> findAllBetween(long workspaceId, java.time.Instant from, java.time.Instant to);

    @Query("select i from Interview i where i.applicationId in ?1 order by i.startsAt")
    List<Interview> findAllOf(Collection<Long> applicationIds);
}
