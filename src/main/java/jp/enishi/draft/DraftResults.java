package jp.enishi.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.enishi.base.JapanTime;
import jp.enishi.workspace.WorkspaceDirectory;
import jp.enishi.workspace.WorkspaceSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's public results: counts only — entrants, entrants picked, and per region its picks and the people it won
 * or was chosen by — never a name. Before the reveal there are no per-region counts: picks are hidden until then.
 */
@Service
@Transactional(readOnly = true)
public class DraftResults {

    private final DraftRoundRepository rounds;
    private final DraftEntryRepository entries;
    private final DraftPickRepository picks;
    private final WorkspaceDirectory directory;
    private final Clock clock;

    DraftResults(DraftRoundRepository rounds, DraftEntryRepository entries, DraftPickRepository picks,
                 WorkspaceDirectory directory, Clock clock) {
        this.rounds = rounds;
        this.entries = entries;
        this.picks = picks;
        this.directory = directory;
        this.clock = clock;
    }

    public Optional<Results> of(long round) {
        LocalDate today = JapanTime.today(clock);
        return rounds.findById(round).map(r -> {
            long entrants = entries.countByRoundId(round);
            RoundView view = r.view(today, entrants, picks.countByRoundId(round));
            if (view.phase() != DraftPhase.REVEALED) {
                return new Results(view, 0, List.of());
            }
            List<Object[]> rows = picks.countPerRegion(round);
            Map<Long, WorkspaceSummary> names = directory.byIds(rows.stream().map(row -> (Long) row[0]).toList());
            List<RegionCount> regions = rows.stream().map(row -> new RegionCount(names.get((Long) row[0]),
                    ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                    .sorted(Comparator.comparingLong(RegionCount::picks).reversed()).toList();
            return new Results(view, picks.countPickedEntrants(round), regions);
        });
    }

    public record Results(RoundView round, long pickedEntrants, List<RegionCount> regions) {
    }

    public record RegionCount(WorkspaceSummary region, long picks, long settled) {
    }
}
