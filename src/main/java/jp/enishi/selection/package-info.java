/**
 * Selection: professionals apply to a role of a published project; the project's team moves each application
 * through the stages (応募受付 → 書類確認 → 面談調整 → 面談済 → 採用 / 見送り, or 辞退 by the applicant), every
 * move recorded with who and when, every opening of an applicant's profile by staff recorded for the privacy audit.
 * <ul>
 * <li>{@link jp.enishi.selection.Applying}: the professional's side — apply, see, withdraw.</li>
 * <li>{@link jp.enishi.selection.Pipeline}: the team's side, workspace-scoped.</li>
 * </ul>
 */
@NullMarked
package jp.enishi.selection;

import org.jspecify.annotations.NullMarked;
