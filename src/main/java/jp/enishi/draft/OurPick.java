package jp.enishi.draft;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A region's own pick: whom, the offer, and how it came out; {@code alsoPickedBy} — the other regions that picked
 * the same person — only after the reveal (empty before).
 */
public record OurPick(long id, String displayName, String message, @Nullable String offer, DraftOutcome outcome,
                      @Nullable LocalDate exclusiveUntil, List<String> alsoPickedBy) {
}
