/**
 * The engagement screens: the team's overview and one engagement's page, the professional's section on /me and
 * their engagement's page.
 */
@NullMarked
package jp.enishi.engagement.ui;

import org.jspecify.annotations.NullMarked;
