/** The draft round's screens: the admin's rounds, a region's picks, the professional's section on /me, the results. */
@NullMarked
package jp.enishi.draft.ui;

import org.jspecify.annotations.NullMarked;
