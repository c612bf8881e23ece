/** Selection screens: applying from a project page, one's applications on /me, the team's pipeline and applicant. */
@NullMarked
package jp.enishi.selection.ui;

import org.jspecify.annotations.NullMarked;
