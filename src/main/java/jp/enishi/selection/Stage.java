package jp.enishi.selection;

import java.util.Map;
import java.util.Set;

/**
 * Where an application is; label key {@code stage.<NAME>}. The team moves it forward one step at a time or declines
 * it; 採用 needs an interview first (面談済) unless the workspace has turned that rule off; only the applicant
 * withdraws (辞退). Final stages do not move.
 */
public enum Stage {
    APPLIED, SCREENING, SCHEDULING, INTERVIEWED, HIRED, DECLINED, WITHDRAWN;

    private static final Map<Stage, Set<Stage>> TEAM_MOVES = Map.of(
            APPLIED, Set.of(SCREENING, DECLINED),
            SCREENING, Set.of(SCHEDULING, DECLINED),
            SCHEDULING, Set.of(INTERVIEWED, DECLINED),
            INTERVIEWED, Set.of(HIRED, DECLINED),
            HIRED, Set.of(),
            DECLINED, Set.of(),
            WITHDRAWN, Set.of());

    /** The moves under the workspace's rule: without a required interview, 採用 is open from every undecided stage. */
    public Set<Stage> teamMoves(boolean interviewRequired) {
        Set<Stage> moves = TEAM_MOVES.get(this);
        if (interviewRequired || isFinal() || moves.contains(HIRED)) {
            return moves;
        }
        return java.util.stream.Stream.concat(moves.stream(), java.util.stream.Stream.of(HIRED))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean isFinal() {
        return this == HIRED || this == DECLINED || this == WITHDRAWN;
    }
}
