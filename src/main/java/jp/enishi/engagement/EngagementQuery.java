package jp.enishi.engagement;

import jp.enishi.base.FiscalYear;
import org.jspecify.annotations.Nullable;

/** The overview's filters: which engagements, of which project and coordinator, started in which fiscal year. */
public record EngagementQuery(Show show, @Nullable Long projectId, @Nullable Long coordinatorId,
                              @Nullable FiscalYear fiscalYear) {

    /** Label key {@code engagement.show.<NAME>}. */
    public enum Show {
        /** Running or waiting for terms: the default. */
        CURRENT,
        /** At risk, blocked, overdue or past the end. */
        ATTENTION,
        DRAFT, ACTIVE,
        /** Closed or cancelled. */
        ENDED,
        ALL
    }

    public static EngagementQuery current() {
        return new EngagementQuery(Show.CURRENT, null, null, null);
    }
}
