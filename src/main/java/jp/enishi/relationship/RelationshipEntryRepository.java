package jp.enishi.relationship;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RelationshipEntryRepository extends JpaRepository<RelationshipEntry, Long> {

    /** Written once per source: an event delivered again (a resubmitted publication) changes nothing. */
    @Modifying
    @Query(value = "INSERT IGNORE INTO relationship_entry (workspace_id, user_id, kind, occurred_at, fiscal_year,"
            + " project_id, detail, source) VALUES (:workspaceId, :userId, :kind, :at, :fiscalYear, :projectId, :detail,"
            + " :source)", nativeQuery = true)
    int record(long workspaceId, long userId, String kind, Instant at, int fiscalYear, @Nullable Long projectId,
               @Nullable String detail, String source);

    @Query("select e from RelationshipEntry e where e.workspaceId = ?1 and e.userId = ?2 order by e.occurredAt desc, e.id desc")
    List<RelationshipEntry> findOf(long workspaceId, long userId, Limit limit);

    @Query("select e from RelationshipEntry e where e.userId = ?1 order by e.occurredAt desc, e.id desc")
    List<RelationshipEntry> findAllOf(long userId, Limit limit);

    /** When the workspace last wrote to the person ("last contacted": a message or a nomination). */
    @Query("select max(e.occurredAt) from RelationshipEntry e where e.workspaceId = ?1 and e.userId = ?2 and e.kind in ?3")
    @Nullable Instant lastOf(long workspaceId, long userId, java.util.Collection<RelationshipKind> kinds);

    /** Distinct people related to the workspace in a fiscal year: what KPIs count. */
    @Query("select count(distinct e.userId) from RelationshipEntry e where e.workspaceId = ?1 and e.fiscalYear = ?2")
    long countPeople(long workspaceId, int fiscalYear);

    @Modifying
    @Query("delete from RelationshipEntry e where e.userId = ?1")
    void deleteAllOf(long userId);
}
