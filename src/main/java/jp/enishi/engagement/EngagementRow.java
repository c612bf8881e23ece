package jp.enishi.engagement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of the overview: who, for what, how it goes, what falls due next (and whether it is late), and the travel
 * budget left (null when the engagement has none).
 */
public record EngagementRow(long id, String personName, String projectTitle, String roleTitle, EngagementStatus status,
                            @Nullable CheckInStatus health, @Nullable String coordinatorName, LocalDate startsOn,
                            LocalDate endsOn, @Nullable DueItem nextItem, @Nullable LocalDate nextDue, boolean overdue,
                            boolean pastEnd, @Nullable Long remainingYen, BudgetBasis budgetBasis) {

    /** At risk, blocked, overdue or past its end while running: listed first. */
    public boolean needsAttention() {
        return status == EngagementStatus.ACTIVE && (overdue || pastEnd || (health != null && health.needsAttention()));
    }
}
