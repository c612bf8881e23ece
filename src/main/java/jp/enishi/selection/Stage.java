package jp.enishi.selection;

import java.util.Map;
import java.util.Set;

/**
 * Where an application is; label key {@code stage.<NAME>}. The team moves it forward one step at a time or declines
 * it; 採用 needs an interview first (面談済); only the applicant withdraws (辞退). Final stages do not move.
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

    public Set<Stage> teamMoves() {
        return TEAM_MOVES.get(this);
    }

    public boolean isFinal() {
        return this == HIRED || this == DECLINED || this == WITHDRAWN;
    }
}
