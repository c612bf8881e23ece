package jp.enishi.selection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewSlotRepository extends JpaRepository<InterviewSlot, Long> {

    @Query("select s from InterviewSlot s where s.id = ?1 and s.workspaceId = ?2")
    Optional<InterviewSlot> findInWorkspace(long slotId, long workspaceId);

    @Query("select s from InterviewSlot s where s.workspaceId = ?1 and s.projectId = ?2 order by s.startsAt, s.id")
    List<InterviewSlot> findAllOfProject(long workspaceId, long projectId, Limit limit);

    /** Slots still to come that nobody has booked: what an invited applicant may choose from. */
    @Query("select s from InterviewSlot s where s.projectId = ?1 and s.startsAt > ?2"
            + " and not exists (select i from Interview i where i.slotId = s.id) order by s.startsAt, s.id")
    List<InterviewSlot> findOpen(long projectId, Instant after, Limit limit);

    /** The same interviewers' slots in the workspace around a time, to refuse two at once. */
    @Query("select s from InterviewSlot s where s.workspaceId = ?1 and s.interviewers = ?2 and s.startsAt < ?4"
            + " and s.startsAt > ?3")
    List<InterviewSlot> findOfInterviewersBetween(long workspaceId, String interviewers, Instant from, Instant to);
}
