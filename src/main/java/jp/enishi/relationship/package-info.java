/**
 * Each person's relationship with each region (関係の記録): a timeline appended from what the other capabilities
 * publish — helped write a sheet, applied, moved through selection, interviewed, hired or declined, joined or left
 * the pool, was messaged — each with its date and fiscal year. A read model later capabilities append to and KPIs
 * count (distinct related people per fiscal year).
 * <ul>
 * <li>{@link jp.enishi.relationship.Timelines}: a region's staff read one person's timeline with that region.</li>
 * <li>{@link jp.enishi.relationship.MyTimeline}: the person reads their own, per region.</li>
 * </ul>
 * Design: docs/design-decisions/2026-12-02-seams.md.
 */
@NullMarked
package jp.enishi.relationship;

import org.jspecify.annotations.NullMarked;
