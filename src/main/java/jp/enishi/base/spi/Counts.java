package jp.enishi.base.spi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of {@code select id, count(...) ... group by id} (a workspace, a round) as a map. */
public final class Counts {

    private Counts() {
    }

    public static Map<Long, Long> of(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
