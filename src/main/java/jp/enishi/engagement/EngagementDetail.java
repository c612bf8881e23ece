package jp.enishi.engagement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One engagement as its team reads it (and, without the team's own notes, as the professional reads it): terms,
 * how it goes, what is due, its check-ins, visits, claims and budget, extensions and the closing.
 */
public record EngagementDetail(long id, long version, String workspaceSlug, String workspaceName, long userId,
                               String personName, String projectTitle, String roleTitle, EngagementStatus status,
                               Terms terms, @Nullable String coordinatorName, @Nullable String themeOwnerName,
                               @Nullable CheckInStatus health, @Nullable LocalDate nextCheckInOn,
                               @Nullable LocalDate nextVisitOn, boolean checkInOverdue, boolean ended, List<CheckInLine> checkIns,
                               List<VisitLine> visits, List<ClaimLine> claims, @Nullable Long remainingYen,
                               List<ExtensionLine> extensions, @Nullable Outcome outcome, String outcomeReason,
                               List<ReviewLine> reviews) {

    public @Nullable ReviewLine review(Side side) {
        return reviews.stream().filter(r -> r.side() == side).findFirst().orElse(null);
    }
}
