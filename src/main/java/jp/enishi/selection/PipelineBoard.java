package jp.enishi.selection;

import java.util.List;
import java.util.Map;

/** A project's applicants and how many are at each stage. */
public record PipelineBoard(long projectId, String projectTitle, List<PipelineRow> rows, Map<Stage, Long> counts) {

    public PipelineBoard {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
    }
}
