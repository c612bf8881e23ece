package jp.enishi.relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.enishi.identity.CurrentUser;
import jp.enishi.project.spi.ProjectTeams;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own timeline with each region, newest region first; never a team's notes. */
@Service
@Transactional(readOnly = true)
public class MyTimeline {

    static final int SHOWN = 500;

    private final CurrentUser currentUser;
    private final RelationshipEntryRepository entries;
    private final WorkspaceDirectory workspaces;
    private final ProjectTeams projects;

    MyTimeline(CurrentUser currentUser, RelationshipEntryRepository entries, WorkspaceDirectory workspaces,
               ProjectTeams projects) {
        this.currentUser = currentUser;
        this.entries = entries;
        this.workspaces = workspaces;
        this.projects = projects;
    }

    public List<RegionTimeline> mine() {
        return currentUser.id().map(this::of).orElse(List.of());
    }

    List<RegionTimeline> of(long userId) {
        List<RelationshipEntry> all = entries.findAllOf(userId, Limit.of(SHOWN));
        Map<Long, List<RelationshipEntry>> byRegion = new LinkedHashMap<>();
        all.forEach(e -> byRegion.computeIfAbsent(e.workspaceId(), id -> new ArrayList<>()).add(e));
        Map<Long, WorkspaceSummary> names = byRegion.isEmpty() ? Map.of() : workspaces.byIds(byRegion.keySet());
        List<TimelineEntry> resolved = Timelines.entries(all, projects);
        Map<RelationshipEntry, TimelineEntry> lines = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            lines.put(all.get(i), resolved.get(i));
        }
        return byRegion.entrySet().stream().filter(r -> names.containsKey(r.getKey()))
                .map(r -> new RegionTimeline(names.get(r.getKey()).nameJa(), names.get(r.getKey()).nameEn(),
                        r.getValue().stream().map(lines::get).toList())).toList();
    }
}
