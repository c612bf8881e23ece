package jp.enishi.engagement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EngagementRepository extends JpaRepository<Engagement, Long> {

    /** Needs attention: at risk or blocked, something overdue, or past its end and not closed. */
    String ATTENTION = "(e.health in (jp.enishi.engagement.CheckInStatus.AT_RISK, jp.enishi.engagement.CheckInStatus.BLOCKED)"
            + " or e.nextCheckInOn < :today or e.nextVisitOn < :today or e.endsOn < :today)";

    String FILTER = " from Engagement e where e.workspaceId = :workspaceId"
            + " and (:everyProject = true or e.projectId in :projects)"
            + " and (:projectId is null or e.projectId = :projectId)"
            + " and (:coordinatorId is null or e.coordinatorId = :coordinatorId)"
            + " and (:from is null or (e.startsOn >= :from and e.startsOn < :to))"
            + " and e.status in :statuses"
            + " and (:attentionOnly = false or (e.status = jp.enishi.engagement.EngagementStatus.ACTIVE and " + ATTENTION + "))";

    /** Blocked first, then the rest needing attention, terms to confirm, running, ended; then by the next check-in. */
    @Query("select e" + FILTER + " order by case"
            + " when e.status = jp.enishi.engagement.EngagementStatus.ACTIVE"
            + " and e.health = jp.enishi.engagement.CheckInStatus.BLOCKED then 0"
            + " when e.status = jp.enishi.engagement.EngagementStatus.ACTIVE and " + ATTENTION + " then 1"
            + " when e.status = jp.enishi.engagement.EngagementStatus.DRAFT then 2"
            + " when e.status = jp.enishi.engagement.EngagementStatus.ACTIVE then 3 else 4 end,"
            + " e.nextCheckInOn, e.endsOn desc, e.id")
    List<Engagement> findPage(@Param("workspaceId") long workspaceId, @Param("everyProject") boolean everyProject,
                              @Param("projects") Collection<Long> projects, @Param("projectId") @Nullable Long projectId,
                              @Param("coordinatorId") @Nullable Long coordinatorId, @Param("from") @Nullable LocalDate from,
                              @Param("to") @Nullable LocalDate to, @Param("statuses") Collection<EngagementStatus> statuses,
                              @Param("attentionOnly") boolean attentionOnly, @Param("today") LocalDate today,
                              Pageable page);

    @Query("select count(e)" + FILTER)
    long count(@Param("workspaceId") long workspaceId, @Param("everyProject") boolean everyProject,
               @Param("projects") Collection<Long> projects, @Param("projectId") @Nullable Long projectId,
               @Param("coordinatorId") @Nullable Long coordinatorId, @Param("from") @Nullable LocalDate from,
               @Param("to") @Nullable LocalDate to, @Param("statuses") Collection<EngagementStatus> statuses,
               @Param("attentionOnly") boolean attentionOnly, @Param("today") LocalDate today);

    @Query("select e from Engagement e where e.id = ?1 and e.workspaceId = ?2")
    Optional<Engagement> findInWorkspace(long id, long workspaceId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Engagement e where e.id = ?1")
    Optional<Engagement> findForUpdate(long id);

    Optional<Engagement> findByApplicationId(long applicationId);

    @Query("select e from Engagement e where e.userId = ?1 order by e.startsOn desc, e.id desc")
    List<Engagement> findAllOfUser(long userId);

    @Query("select distinct e.projectId, e.projectTitle from Engagement e where e.workspaceId = ?1 order by e.projectTitle")
    List<Object[]> projectsOf(long workspaceId);

    @Query("select distinct e.coordinatorId from Engagement e where e.workspaceId = ?1 and e.coordinatorId is not null")
    List<Long> coordinatorsOf(long workspaceId);
}
