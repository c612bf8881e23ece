package jp.enishi.project;

import java.util.List;
import java.util.Map;

/** A workspace's projects the caller may see, filtered by status, and how many there are in each status. */
public record ProjectList(List<ProjectRow> rows, Map<ProjectStatus, Long> counts) {

    public ProjectList {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
