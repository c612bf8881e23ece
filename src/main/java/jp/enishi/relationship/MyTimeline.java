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
        List<TimelineEntry> lines = Timelines.entries(all, projects); // project names read once for all regions
        Map<Long, List<TimelineEntry>> byRegion = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byRegion.computeIfAbsent(all.get(i).workspaceId(), id -> new ArrayList<>()).add(lines.get(i));
        }
        Map<Long, WorkspaceSummary> names = byRegion.isEmpty() ? Map.of() : workspaces.byIds(byRegion.keySet());
        return byRegion.entrySet().stream().filter(r -> names.containsKey(r.getKey()))
                .map(r -> new RegionTimeline(names.get(r.getKey()).nameJa(), names.get(r.getKey()).nameEn(), r.getValue()))
                .toList();
    }
}
