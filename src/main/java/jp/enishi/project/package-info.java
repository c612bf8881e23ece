/**
 * Projects and their spec sheets (仕様書): a team writes the sheet, reviews it with comments and history, a workspace
 * admin publishes it, and the public board finds it with Japanese full-text search.
 * <ul>
 * <li>{@link jp.enishi.project.ProjectService}: a workspace's projects, the sheet, team, cover and status.</li>
 * <li>{@link jp.enishi.project.SpecSheetReview}: review comments and the version history with its differences.</li>
 * <li>{@link jp.enishi.project.ProjectBoard}: what anyone may read without signing in — the board and project pages.</li>
 * <li>{@link jp.enishi.project.MyProjects}: drafts a professional was invited to help write.</li>
 * </ul>
 * Design: docs/design-decisions/2026-11-22-project-search.md.
 */
@NullMarked
package jp.enishi.project;

import org.jspecify.annotations.NullMarked;
