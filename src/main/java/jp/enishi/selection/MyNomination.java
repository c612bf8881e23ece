package jp.enishi.selection;

import java.time.Instant;
import java.time.LocalDate;

import jp.enishi.project.SpecSheet;
import org.jspecify.annotations.Nullable;

/**
 * A nomination (指名) as the person sees it on /me, side by side with the others: which region, project and role,
 * the conditions of the role's project, the region's "why you", by when to answer, and where it stands.
 */
public record MyNomination(long id, String region, String projectTitle, String projectPath, String roleTitle,
                           SpecSheet.Conditions conditions, String message, LocalDate answerBy, NominationStatus status,
                           @Nullable String declineReason, Instant receivedAt, boolean answerable) {
}
