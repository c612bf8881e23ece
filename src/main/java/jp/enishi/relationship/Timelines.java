package jp.enishi.relationship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.enishi.base.FiscalYear;
import jp.enishi.project.spi.ProjectName;
import jp.enishi.project.spi.ProjectTeams;
import jp.enishi.talent.TalentPool;
import jp.enishi.workspace.Permission;
import jp.enishi.workspace.WorkspaceAccess;
import jp.enishi.workspace.WorkspaceScoped;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's view of its relationship with one person of its pool: only its own entries, and only while the
 * person's consent lets the region see them (a withdrawal closes the page at once).
 */
@Service
@Transactional(readOnly = true)
@WorkspaceScoped
public class Timelines {

    static final int SHOWN = 200;

    private final WorkspaceAccess workspaces;
    private final TalentPool pool;
    private final RelationshipEntryRepository entries;
    private final ProjectTeams projects;

    Timelines(WorkspaceAccess workspaces, TalentPool pool, RelationshipEntryRepository entries, ProjectTeams projects) {
        this.workspaces = workspaces;
        this.pool = pool;
        this.entries = entries;
        this.projects = projects;
    }

    /**
     * The newest {@value #SHOWN} entries of the person's timeline with the workspace, and when the workspace last
     * wrote to them (a pool message or a message to applicants; null if never).
     */
    public Timeline of(String workspaceSlug, long userId) {
        var caller = workspaces.require(workspaceSlug, Permission.POOL_VIEW);
        pool.requireInPool(workspaceSlug, userId);
        return new Timeline(entries(entries.findOf(caller.workspaceId(), userId, Limit.of(SHOWN)), projects),
                entries.lastOf(caller.workspaceId(), userId,
                        java.util.List.of(RelationshipKind.MESSAGED, RelationshipKind.NOMINATED)));
    }

    public record Timeline(List<TimelineEntry> entries, @Nullable Instant lastContacted) {
    }

    static List<TimelineEntry> entries(List<RelationshipEntry> found, ProjectTeams projects) {
        Collection<Long> ids = found.stream().map(RelationshipEntry::projectId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<Long, ProjectName> names = ids.isEmpty() ? Map.of() : projects.names(ids);
        return found.stream().map(e -> new TimelineEntry(e.kind(), e.occurredAt(), new FiscalYear(e.fiscalYear()),
                e.projectId() == null || !names.containsKey(e.projectId()) ? null : names.get(e.projectId()).title(),
                e.detail())).toList();
    }
}
