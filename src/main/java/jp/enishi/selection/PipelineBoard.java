package jp.enishi.selection;

import java.util.List;
import java.util.Map;

/**
 * A page of a project's applicants, how many match the query in all ({@code matching}), and how many are at each
 * stage.
 */
public record PipelineBoard(long projectId, String projectTitle, List<PipelineRow> rows, long matching,
                            Map<Stage, Long> counts) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }


    public PipelineBoard {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }
}
