package jp.enishi.selection;

import java.time.Instant;
import java.util.Set;

/**
 * An applicant in a project's pipeline; {@code version} is what a move must name; {@code nominated}: came from an
 * accepted 指名.
 */
public record PipelineRow(long id, String name, String roleTitle, Stage stage, Instant appliedAt, Instant updatedAt,
                          long version, Set<Stage> moves, boolean nominated) {

    public PipelineRow {
        moves = Set.copyOf(moves);
    }
}
