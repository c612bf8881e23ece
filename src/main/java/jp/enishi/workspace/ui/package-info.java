/** Workspace home, member management, invitation acceptance and the workspace switcher. */
@NullMarked
package jp.enishi.workspace.ui;

import org.jspecify.annotations.NullMarked;
