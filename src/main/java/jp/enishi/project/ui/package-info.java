/**
 * Project screens: the public board and project pages (no sign-in), and the team's list and spec-sheet editor
 * under {@code w/:workspace/projects}.
 */
@NullMarked
package jp.enishi.project.ui;

import org.jspecify.annotations.NullMarked;
