/**
 * 伴走 (engagements): what follows a 採用 — the terms the team confirms (contract, dates, pay, days, the coordinator,
 * the goal of the first three months, travel support), check-ins on a cadence from both sides (順調・要注意・停滞, never
 * edited, corrected by new entries), on-site visits, travel claims against the budget, reminders of what falls due,
 * and the closing: outcome, a review from each side, and an invitation to stay on as alumni in the region's pool.
 * <ul>
 * <li>{@link jp.enishi.engagement.Engagements}: the team's overview, terms, extension and closing.</li>
 * <li>{@link jp.enishi.engagement.CheckIns}, {@link jp.enishi.engagement.Visits},
 * {@link jp.enishi.engagement.TravelClaims}: the team's check-ins, visits and decisions on claims.</li>
 * <li>{@link jp.enishi.engagement.MyEngagements}: the professional's side.</li>
 * </ul>
 * Design: docs/design-decisions/2026-12-02-engagements.md.
 */
@NullMarked
package jp.enishi.engagement;

import org.jspecify.annotations.NullMarked;
