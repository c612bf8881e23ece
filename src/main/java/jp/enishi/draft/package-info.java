/**
 * ドラフト会議, as Kyushu runs its 移住ドラフト会議 (seed 004): a round the consortium admin opens with an entry
 * window, a nomination window and a reveal day. Professionals enter (opt-in, a short self-introduction and what they
 * seek); regions pick entrants during the window, each with "why you" and an offer, unseen by other regions until
 * the reveal; then the person chooses among their picks, or — the round's rule — a seeded, reproducible lottery
 * decides between regions that picked the same person, the winner negotiating alone for a while. The public results
 * name no one.
 * <ul>
 * <li>{@link jp.enishi.draft.DraftRounds}: the consortium admin's rounds and the draw.</li>
 * <li>{@link jp.enishi.draft.DraftEntries}: the professional's entries and choice.</li>
 * <li>{@link jp.enishi.draft.DraftPicks}: a region's picks.</li>
 * <li>{@link jp.enishi.draft.DraftResults}: the public counts.</li>
 * </ul>
 * Design: docs/design-decisions/2026-12-02-shared-pool.md.
 */
@NullMarked
package jp.enishi.draft;

import org.jspecify.annotations.NullMarked;
