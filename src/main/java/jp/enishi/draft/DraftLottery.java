package jp.enishi.draft;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The draw between regions that picked the same person: for each entrant, one of their picks by lot. Reproducible —
 * the same seed and the same picks give the same winners on any machine — so the seed, shown after the draw, lets
 * anyone check it. Each entrant's draw is its own stream of the seed, so adding an entrant changes no one else's.
 */
final class DraftLottery {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private DraftLottery() {
    }

    /** Entry id → the winning pick id. A single pick wins without a draw. */
    static Map<Long, Long> draw(long seed, Map<Long, List<Long>> picksByEntry) {
        Map<Long, Long> winners = new TreeMap<>();
        new TreeMap<>(picksByEntry).forEach((entryId, picks) -> {
            List<Long> sorted = picks.stream().sorted().toList();
            int index = sorted.size() == 1 ? 0 : new SplittableRandom(seed ^ (entryId * GOLDEN)).nextInt(sorted.size());
            winners.put(entryId, sorted.get(index));
        });
        return winners;
    }
}
